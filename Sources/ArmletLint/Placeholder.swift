// ArmletLint
