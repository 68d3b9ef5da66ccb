// ArmletCatalog
