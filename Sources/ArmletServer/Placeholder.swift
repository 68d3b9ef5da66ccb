// ArmletServer
