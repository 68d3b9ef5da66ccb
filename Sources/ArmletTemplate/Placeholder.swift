// ArmletTemplate
