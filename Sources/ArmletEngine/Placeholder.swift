// ArmletEngine
