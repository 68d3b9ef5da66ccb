/// Templates several test targets share.
public enum TemplateFixtures {
    /// A template declaring one parameter of each kind, with constraints and defaults (binding and
    /// `--parameters` tests).
    public static let parameters = """
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "sku": {"type": "string", "allowedValues": ["Standard_LRS", "Premium_LRS"]},
    "count": {"type": "int", "minValue": 1, "maxValue": 5, "defaultValue": 2},
    "prefix": {"type": "string", "minLength": 3, "maxLength": 5, "defaultValue": "[resourceGroup().name]"},
    "secret": {"type": "securestring"},
    "zones": {"type": "array", "allowedValues": ["1", "2", "3"], "defaultValue": []},
    "flag": {"type": "bool", "defaultValue": false},
    "cfg": {"type": "object", "nullable": true}
  },
  "resources": []
}
"""
}
