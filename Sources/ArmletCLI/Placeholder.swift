// ArmletCLI
