// ArmletState
