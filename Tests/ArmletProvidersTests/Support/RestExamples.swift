import ArmletJSON

/// Response bodies copied from `shared/rest-examples/diskrp/2025-01-02` (Azure/azure-rest-api-specs),
/// for the shape comparisons in `ShapeTests`.
enum RestExamples {
    /// `snapshotExamples/Snapshot_GetIncrementalSnapshot.json`, response 200.
    static let incrementalSnapshotGet = #"""
{
  "properties": {
    "osType": "Windows",
    "hyperVGeneration": "V1",
    "purchasePlan": {
      "name": "test_sku",
      "publisher": "test_test_pmc2pc1",
      "product": "marketplace_vm_test"
    },
    "supportedCapabilities": {
      "acceleratedNetwork": true
    },
    "supportsHibernation": true,
    "creationData": {
      "createOption": "Copy",
      "sourceResourceId": "/subscriptions/{subscription-id}/resourceGroups/myResourceGroup/providers/Microsoft.Compute/disks/myDisk",
      "sourceUniqueId": "d633885d-d102-4481-901e-5b2413d1a7be"
    },
    "diskSizeGB": 100,
    "encryptionSettingsCollection": {
      "enabled": true,
      "encryptionSettings": [
        {
          "diskEncryptionKey": {
            "sourceVault": {
              "id": "/subscriptions/{subscriptionId}/resourceGroups/myResourceGroup/providers/Microsoft.KeyVault/vaults/myVMVault"
            },
            "secretUrl": "https://myvmvault.vault-int.azure-int.net/secrets/{secret}"
          },
          "keyEncryptionKey": {
            "sourceVault": {
              "id": "/subscriptions/{subscriptionId}/resourceGroups/myResourceGroup/providers/Microsoft.KeyVault/vaults/myVMVault"
            },
            "keyUrl": "https://myvmvault.vault-int.azure-int.net/keys/{key}"
          }
        }
      ]
    },
    "encryption": {
      "type": "EncryptionAtRestWithPlatformKey"
    },
    "incremental": true,
    "networkAccessPolicy": "0",
    "diskState": "0",
    "diskSizeBytes": 10737418240,
    "uniqueId": "a395e9c1-fb9e-446e-a9ba-7b2fa0bcd305",
    "incrementalSnapshotFamilyId": "d1a341d5-1ea7-4a85-b304-944ad8021639",
    "timeCreated": "2016-12-28T04:41:35.079872+00:00",
    "provisioningState": "Succeeded"
  },
  "type": "Microsoft.Compute/snapshots",
  "location": "westus",
  "tags": {
    "department": "Development",
    "project": "Snapshots"
  },
  "id": "/subscriptions/{subscriptionId}/resourceGroups/myResourceGroup/providers/Microsoft.Compute/snapshots/myIncrementalSnapshot",
  "name": "myIncrementalSnapshot"
}
"""#

    /// `diskExamples/Disk_Get.json`, response 200.
    static let diskGet = #"""
{
  "managedBy": "/subscriptions/123caaa-123v-v211-a49f-f88ccac5bf88/resourceGroups/ResourceGroupName/providers/Microsoft.Compute/virtualMachines/TestVM414689371c88843d65ec",
  "sku": {
    "name": "Standard_LRS"
  },
  "properties": {
    "osType": "Windows",
    "hyperVGeneration": "V1",
    "purchasePlan": {
      "name": "test_sku",
      "publisher": "test_test_pmc2pc1",
      "product": "marketplace_vm_test"
    },
    "supportedCapabilities": {
      "acceleratedNetwork": true
    },
    "supportsHibernation": true,
    "securityProfile": {
      "securityType": "TrustedLaunch"
    },
    "creationData": {
      "createOption": "FromImage",
      "imageReference": {
        "id": "/Subscriptions/{subscription-id}/Providers/Microsoft.Compute/Locations/westus/Publishers/test_test_pmc2pc1/ArtifactTypes/VMImage/Offers/marketplace_vm_test/Skus/test_sku/Versions/1.0.0"
      }
    },
    "diskSizeGB": 10,
    "encryptionSettingsCollection": {
      "enabled": true,
      "encryptionSettings": [
        {
          "diskEncryptionKey": {
            "sourceVault": {
              "id": "/subscriptions/{subscriptionId}/resourceGroups/myResourceGroup/providers/Microsoft.KeyVault/vaults/myVMVault"
            },
            "secretUrl": "https://myvmvault.vault-int.azure-int.net/secrets/{secret}"
          },
          "keyEncryptionKey": {
            "sourceVault": {
              "id": "/subscriptions/{subscriptionId}/resourceGroups/myResourceGroup/providers/Microsoft.KeyVault/vaults/myVMVault"
            },
            "keyUrl": "https://myvmvault.vault-int.azure-int.net/keys/{key}"
          }
        }
      ]
    },
    "encryption": {
      "type": "EncryptionAtRestWithPlatformKey"
    },
    "LastOwnershipUpdateTime": "2016-12-28T04:41:35.079872+00:00",
    "timeCreated": "2016-12-28T04:41:35.079872+00:00",
    "provisioningState": "Succeeded"
  },
  "type": "Microsoft.Compute/disks",
  "location": "westus",
  "tags": {
    "department": "Development",
    "project": "ManagedDisks"
  },
  "id": "/subscriptions/{subscriptionId}/resourceGroups/myResourceGroup/providers/Microsoft.Compute/disks/myManagedDisk",
  "name": "myManagedDisk"
}
"""#
}
