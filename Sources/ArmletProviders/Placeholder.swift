// ArmletProviders
