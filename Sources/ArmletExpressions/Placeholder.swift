// ArmletExpressions
