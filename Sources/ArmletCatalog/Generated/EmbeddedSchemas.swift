// GENERATED FILE — do not edit. Source: Schemas/resource-types/*.json.
// Regenerate with: scripts/generate-catalog.sh

/// The documents of `Schemas/resource-types/`, embedded verbatim (file name, JSON text), sorted by name.
enum EmbeddedSchemas {
    static let documents: [(name: String, json: String)] = [
        (name: "Microsoft.Compute.disks.json", json: #"""
{
  "type": "Microsoft.Compute/disks",
  "apiVersions": [
    "2016-04-30-preview",
    "2017-03-30",
    "2018-04-01",
    "2018-06-01",
    "2018-09-30",
    "2019-03-01",
    "2019-07-01",
    "2019-11-01",
    "2020-05-01",
    "2020-06-30",
    "2020-09-30",
    "2020-12-01",
    "2021-04-01",
    "2021-08-01",
    "2021-12-01",
    "2022-03-02",
    "2022-07-02",
    "2023-01-02",
    "2023-04-02",
    "2023-10-02",
    "2024-03-02",
    "2025-01-02",
    "2026-03-02"
  ],
  "locations": [
    "southeastasia",
    "eastus2",
    "centralus",
    "westeurope",
    "eastus",
    "northcentralus",
    "southcentralus",
    "westus",
    "northeurope",
    "eastasia",
    "brazilsouth",
    "westus2",
    "westcentralus",
    "ukwest",
    "uksouth",
    "japaneast",
    "japanwest",
    "canadacentral",
    "canadaeast",
    "centralindia",
    "southindia",
    "australiaeast",
    "australiasoutheast",
    "koreacentral",
    "koreasouth",
    "westindia",
    "francecentral",
    "southafricanorth",
    "uaenorth",
    "australiacentral",
    "switzerlandnorth",
    "germanywestcentral",
    "norwayeast",
    "jioindiawest",
    "westus3",
    "swedencentral",
    "qatarcentral",
    "polandcentral",
    "italynorth",
    "israelcentral"
  ],
  "sources": [
    "Azure/azure-rest-api-specs: specification/compute/resource-manager/Microsoft.Compute/DiskRP/{preview,stable}/<version>/ and Microsoft.Compute/Compute/stable/2026-03-02/DiskRP.json",
    "azure-mgmt-compute 29.1.0, 30.6.0, 34.1.0, 38.0.0, 39.0.0 (models generated from those specs)",
    "NoRegisteredProviderFound answer quoted in cloudfoundry/bosh-azure-cpi-release PR #688 (locations)"
  ],
  "body": {
    "type": "object",
    "properties": {
      "location": {
        "type": "string",
        "required": true,
        "immutable": true
      },
      "tags": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        }
      },
      "properties": {
        "type": "object",
        "required": true,
        "properties": {
          "accountType": {
            "type": "string",
            "enum": [
              "Standard_LRS",
              "Premium_LRS"
            ],
            "removedIn": "2017-03-30"
          },
          "timeCreated": {
            "type": "string",
            "format": "date-time",
            "readOnly": true
          },
          "osType": {
            "type": "string",
            "enum": [
              "Windows",
              "Linux"
            ]
          },
          "creationData": {
            "type": "object",
            "required": true,
            "immutable": true,
            "properties": {
              "createOption": {
                "type": "string",
                "enum": [
                  "Empty",
                  "Attach",
                  "FromImage",
                  "Import",
                  "Copy",
                  "Restore",
                  "Upload",
                  "CopyStart",
                  "ImportSecure",
                  "UploadPreparedSecure",
                  "CopyFromSanSnapshot"
                ],
                "enumSince": {
                  "Upload": "2018-09-30",
                  "CopyStart": "2021-04-01",
                  "ImportSecure": "2021-08-01",
                  "UploadPreparedSecure": "2021-08-01",
                  "CopyFromSanSnapshot": "2023-04-02"
                },
                "required": true
              },
              "storageAccountId": {
                "type": "string"
              },
              "imageReference": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "lun": {
                    "type": "integer"
                  },
                  "sharedGalleryImageId": {
                    "type": "string",
                    "since": "2022-03-02"
                  },
                  "communityGalleryImageId": {
                    "type": "string",
                    "since": "2022-03-02"
                  }
                }
              },
              "sourceUri": {
                "type": "string"
              },
              "sourceResourceId": {
                "type": "string"
              },
              "sourceUniqueId": {
                "type": "string",
                "readOnly": true,
                "since": "2019-03-01"
              },
              "uploadSizeBytes": {
                "type": "integer",
                "since": "2019-03-01"
              },
              "galleryImageReference": {
                "type": "object",
                "since": "2019-11-01",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "lun": {
                    "type": "integer"
                  },
                  "sharedGalleryImageId": {
                    "type": "string",
                    "since": "2022-03-02"
                  },
                  "communityGalleryImageId": {
                    "type": "string",
                    "since": "2022-03-02"
                  }
                }
              },
              "logicalSectorSize": {
                "type": "integer",
                "since": "2020-06-30"
              },
              "securityDataUri": {
                "type": "string",
                "since": "2021-08-01"
              },
              "performancePlus": {
                "type": "boolean",
                "since": "2022-07-02"
              },
              "elasticSanResourceId": {
                "type": "string",
                "since": "2023-04-02"
              },
              "provisionedBandwidthCopySpeed": {
                "type": "string",
                "enum": [
                  "None",
                  "Enhanced"
                ],
                "since": "2023-10-02"
              },
              "securityMetadataUri": {
                "type": "string",
                "since": "2025-01-02"
              },
              "instantAccessDurationMinutes": {
                "type": "integer",
                "since": "2025-01-02"
              }
            }
          },
          "diskSizeGB": {
            "type": "integer"
          },
          "encryptionSettings": {
            "type": "object",
            "removedIn": "2018-09-30",
            "properties": {
              "enabled": {
                "type": "boolean"
              },
              "diskEncryptionKey": {
                "type": "object",
                "properties": {
                  "sourceVault": {
                    "type": "object",
                    "required": true,
                    "properties": {
                      "id": {
                        "type": "string"
                      }
                    }
                  },
                  "secretUrl": {
                    "type": "string",
                    "required": true
                  }
                }
              },
              "keyEncryptionKey": {
                "type": "object",
                "properties": {
                  "sourceVault": {
                    "type": "object",
                    "required": true,
                    "properties": {
                      "id": {
                        "type": "string"
                      }
                    }
                  },
                  "keyUrl": {
                    "type": "string",
                    "required": true
                  }
                }
              }
            }
          },
          "ownerId": {
            "type": "string",
            "readOnly": true,
            "removedIn": "2017-03-30"
          },
          "provisioningState": {
            "type": "string",
            "readOnly": true
          },
          "diskIOPSReadWrite": {
            "type": "integer",
            "since": "2018-06-01"
          },
          "diskMBpsReadWrite": {
            "type": "integer",
            "since": "2018-06-01"
          },
          "hyperVGeneration": {
            "type": "string",
            "enum": [
              "V1",
              "V2"
            ],
            "immutable": true,
            "since": "2018-09-30"
          },
          "encryptionSettingsCollection": {
            "type": "object",
            "since": "2018-09-30",
            "properties": {
              "enabled": {
                "type": "boolean",
                "required": true
              },
              "encryptionSettings": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "diskEncryptionKey": {
                      "type": "object",
                      "properties": {
                        "sourceVault": {
                          "type": "object",
                          "required": true,
                          "properties": {
                            "id": {
                              "type": "string"
                            }
                          }
                        },
                        "secretUrl": {
                          "type": "string",
                          "required": true
                        }
                      }
                    },
                    "keyEncryptionKey": {
                      "type": "object",
                      "properties": {
                        "sourceVault": {
                          "type": "object",
                          "required": true,
                          "properties": {
                            "id": {
                              "type": "string"
                            }
                          }
                        },
                        "keyUrl": {
                          "type": "string",
                          "required": true
                        }
                      }
                    }
                  }
                }
              },
              "encryptionSettingsVersion": {
                "type": "string",
                "since": "2019-03-01"
              }
            }
          },
          "diskState": {
            "type": "string",
            "enum": [
              "Unattached",
              "Attached",
              "Reserved",
              "ActiveSAS",
              "ReadyToUpload",
              "ActiveUpload",
              "Frozen",
              "ActiveSASFrozen"
            ],
            "enumSince": {
              "Frozen": "2021-04-01",
              "ActiveSASFrozen": "2021-04-01"
            },
            "readOnly": true,
            "default": "Unattached",
            "since": "2018-09-30"
          },
          "diskSizeBytes": {
            "type": "integer",
            "readOnly": true,
            "since": "2019-03-01"
          },
          "uniqueId": {
            "type": "string",
            "readOnly": true,
            "since": "2019-03-01"
          },
          "encryption": {
            "type": "object",
            "default": {
              "type": "EncryptionAtRestWithPlatformKey"
            },
            "since": "2019-07-01",
            "properties": {
              "diskEncryptionSetId": {
                "type": "string"
              },
              "type": {
                "type": "string",
                "enum": [
                  "EncryptionAtRestWithPlatformKey",
                  "EncryptionAtRestWithCustomerKey",
                  "EncryptionAtRestWithPlatformAndCustomerKeys"
                ],
                "enumSince": {
                  "EncryptionAtRestWithPlatformAndCustomerKeys": "2020-05-01"
                },
                "default": "EncryptionAtRestWithPlatformKey"
              }
            }
          },
          "diskIOPSReadOnly": {
            "type": "integer",
            "since": "2019-11-01"
          },
          "diskMBpsReadOnly": {
            "type": "integer",
            "since": "2019-11-01"
          },
          "maxShares": {
            "type": "integer",
            "since": "2019-11-01"
          },
          "shareInfo": {
            "type": "array",
            "readOnly": true,
            "since": "2019-11-01",
            "items": {
              "type": "object",
              "properties": {
                "vmUri": {
                  "type": "string"
                }
              }
            }
          },
          "networkAccessPolicy": {
            "type": "string",
            "enum": [
              "AllowAll",
              "AllowPrivate",
              "DenyAll"
            ],
            "default": "AllowAll",
            "since": "2020-05-01"
          },
          "diskAccessId": {
            "type": "string",
            "since": "2020-05-01"
          },
          "tier": {
            "type": "string",
            "since": "2020-06-30"
          },
          "purchasePlan": {
            "type": "object",
            "since": "2020-09-30",
            "properties": {
              "name": {
                "type": "string",
                "required": true
              },
              "publisher": {
                "type": "string",
                "required": true
              },
              "product": {
                "type": "string",
                "required": true
              },
              "promotionCode": {
                "type": "string"
              }
            }
          },
          "burstingEnabled": {
            "type": "boolean",
            "since": "2020-09-30"
          },
          "propertyUpdatesInProgress": {
            "type": "object",
            "readOnly": true,
            "since": "2020-12-01",
            "properties": {
              "targetTier": {
                "type": "string"
              }
            }
          },
          "supportsHibernation": {
            "type": "boolean",
            "since": "2020-12-01"
          },
          "securityProfile": {
            "type": "object",
            "immutable": true,
            "since": "2020-12-01",
            "properties": {
              "securityType": {
                "type": "string",
                "enum": [
                  "TrustedLaunch",
                  "ConfidentialVM_VMGuestStateOnlyEncryptedWithPlatformKey",
                  "ConfidentialVM_DiskEncryptedWithPlatformKey",
                  "ConfidentialVM_DiskEncryptedWithCustomerKey",
                  "ConfidentialVM_NonPersistedTPM"
                ],
                "enumSince": {
                  "ConfidentialVM_VMGuestStateOnlyEncryptedWithPlatformKey": "2021-08-01",
                  "ConfidentialVM_DiskEncryptedWithPlatformKey": "2021-08-01",
                  "ConfidentialVM_DiskEncryptedWithCustomerKey": "2021-08-01",
                  "ConfidentialVM_NonPersistedTPM": "2023-10-02"
                }
              },
              "secureVMDiskEncryptionSetId": {
                "type": "string",
                "since": "2021-08-01"
              },
              "confidentialVMVersion": {
                "type": "string",
                "enum": [
                  "V1",
                  "V2"
                ],
                "readOnly": true,
                "since": "2026-03-02"
              }
            }
          },
          "supportedCapabilities": {
            "type": "object",
            "since": "2021-04-01",
            "properties": {
              "acceleratedNetwork": {
                "type": "boolean"
              },
              "architecture": {
                "type": "string",
                "enum": [
                  "x64",
                  "Arm64"
                ],
                "since": "2021-12-01"
              },
              "diskControllerTypes": {
                "type": "string",
                "since": "2022-07-02"
              },
              "supportedSecurityOption": {
                "type": "string",
                "enum": [
                  "TrustedLaunchSupported",
                  "TrustedLaunchAndConfidentialVMSupported"
                ],
                "since": "2025-01-02"
              }
            }
          },
          "completionPercent": {
            "type": "number",
            "since": "2021-04-01"
          },
          "publicNetworkAccess": {
            "type": "string",
            "enum": [
              "Enabled",
              "Disabled"
            ],
            "default": "Enabled",
            "since": "2021-04-01"
          },
          "dataAccessAuthMode": {
            "type": "string",
            "enum": [
              "AzureActiveDirectory",
              "None"
            ],
            "since": "2021-12-01"
          },
          "burstingEnabledTime": {
            "type": "string",
            "format": "date-time",
            "readOnly": true,
            "since": "2022-07-02"
          },
          "optimizedForFrequentAttach": {
            "type": "boolean",
            "since": "2022-07-02"
          },
          "LastOwnershipUpdateTime": {
            "type": "string",
            "format": "date-time",
            "readOnly": true,
            "since": "2023-04-02"
          },
          "availabilityPolicy": {
            "type": "object",
            "since": "2025-01-02",
            "properties": {
              "actionOnDiskDelay": {
                "type": "string",
                "enum": [
                  "None",
                  "AutomaticReattach"
                ]
              }
            }
          }
        }
      },
      "managedBy": {
        "type": "string",
        "readOnly": true,
        "since": "2017-03-30"
      },
      "sku": {
        "type": "object",
        "since": "2017-03-30",
        "properties": {
          "name": {
            "type": "string",
            "enum": [
              "Standard_LRS",
              "Premium_LRS",
              "StandardSSD_LRS",
              "UltraSSD_LRS",
              "Premium_ZRS",
              "StandardSSD_ZRS",
              "PremiumV2_LRS"
            ],
            "enumSince": {
              "StandardSSD_LRS": "2018-04-01",
              "UltraSSD_LRS": "2018-06-01",
              "Premium_ZRS": "2020-12-01",
              "StandardSSD_ZRS": "2020-12-01",
              "PremiumV2_LRS": "2022-03-02"
            },
            "default": "Standard_LRS"
          },
          "tier": {
            "type": "string",
            "readOnly": true
          }
        }
      },
      "zones": {
        "type": "array",
        "immutable": true,
        "since": "2017-03-30",
        "items": {
          "type": "string"
        }
      },
      "managedByExtended": {
        "type": "array",
        "readOnly": true,
        "since": "2019-11-01",
        "items": {
          "type": "string"
        }
      },
      "extendedLocation": {
        "type": "object",
        "immutable": true,
        "since": "2020-09-30",
        "properties": {
          "name": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "EdgeZone"
            ]
          }
        }
      }
    }
  }
}

"""#),
        (name: "Microsoft.Compute.snapshots.json", json: #"""
{
  "type": "Microsoft.Compute/snapshots",
  "apiVersions": [
    "2016-04-30-preview",
    "2017-03-30",
    "2018-04-01",
    "2018-06-01",
    "2018-09-30",
    "2019-03-01",
    "2019-07-01",
    "2019-11-01",
    "2020-05-01",
    "2020-06-30",
    "2020-09-30",
    "2020-12-01",
    "2021-04-01",
    "2021-08-01",
    "2021-12-01",
    "2022-03-02",
    "2022-07-02",
    "2023-01-02",
    "2023-04-02",
    "2023-10-02",
    "2024-03-02",
    "2025-01-02",
    "2026-03-02"
  ],
  "locations": [
    "southeastasia",
    "eastus2",
    "centralus",
    "westeurope",
    "eastus",
    "northcentralus",
    "southcentralus",
    "westus",
    "northeurope",
    "eastasia",
    "brazilsouth",
    "westus2",
    "westcentralus",
    "ukwest",
    "uksouth",
    "japaneast",
    "japanwest",
    "canadacentral",
    "canadaeast",
    "centralindia",
    "southindia",
    "australiaeast",
    "australiasoutheast",
    "koreacentral",
    "koreasouth",
    "westindia",
    "francecentral",
    "southafricanorth",
    "uaenorth",
    "australiacentral",
    "switzerlandnorth",
    "germanywestcentral",
    "norwayeast",
    "jioindiawest",
    "westus3",
    "swedencentral",
    "qatarcentral",
    "polandcentral",
    "italynorth",
    "israelcentral"
  ],
  "sources": [
    "Azure/azure-rest-api-specs: specification/compute/resource-manager/Microsoft.Compute/DiskRP/{preview,stable}/<version>/ and Microsoft.Compute/Compute/stable/2026-03-02/DiskRP.json",
    "azure-mgmt-compute 29.1.0, 30.6.0, 34.1.0, 38.0.0, 39.0.0 (models generated from those specs)",
    "NoRegisteredProviderFound answer quoted in cloudfoundry/bosh-azure-cpi-release PR #688 (locations)"
  ],
  "body": {
    "type": "object",
    "properties": {
      "location": {
        "type": "string",
        "required": true,
        "immutable": true
      },
      "tags": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        }
      },
      "properties": {
        "type": "object",
        "required": true,
        "properties": {
          "accountType": {
            "type": "string",
            "enum": [
              "Standard_LRS",
              "Premium_LRS"
            ],
            "removedIn": "2017-03-30"
          },
          "timeCreated": {
            "type": "string",
            "format": "date-time",
            "readOnly": true
          },
          "osType": {
            "type": "string",
            "enum": [
              "Windows",
              "Linux"
            ]
          },
          "creationData": {
            "type": "object",
            "required": true,
            "immutable": true,
            "properties": {
              "createOption": {
                "type": "string",
                "enum": [
                  "Empty",
                  "Attach",
                  "FromImage",
                  "Import",
                  "Copy",
                  "Restore",
                  "Upload",
                  "CopyStart",
                  "ImportSecure",
                  "UploadPreparedSecure",
                  "CopyFromSanSnapshot"
                ],
                "enumSince": {
                  "Upload": "2018-09-30",
                  "CopyStart": "2021-04-01",
                  "ImportSecure": "2021-08-01",
                  "UploadPreparedSecure": "2021-08-01",
                  "CopyFromSanSnapshot": "2023-04-02"
                },
                "required": true
              },
              "storageAccountId": {
                "type": "string"
              },
              "imageReference": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "lun": {
                    "type": "integer"
                  },
                  "sharedGalleryImageId": {
                    "type": "string",
                    "since": "2022-03-02"
                  },
                  "communityGalleryImageId": {
                    "type": "string",
                    "since": "2022-03-02"
                  }
                }
              },
              "sourceUri": {
                "type": "string"
              },
              "sourceResourceId": {
                "type": "string"
              },
              "sourceUniqueId": {
                "type": "string",
                "readOnly": true,
                "since": "2019-03-01"
              },
              "uploadSizeBytes": {
                "type": "integer",
                "since": "2019-03-01"
              },
              "galleryImageReference": {
                "type": "object",
                "since": "2019-11-01",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "lun": {
                    "type": "integer"
                  },
                  "sharedGalleryImageId": {
                    "type": "string",
                    "since": "2022-03-02"
                  },
                  "communityGalleryImageId": {
                    "type": "string",
                    "since": "2022-03-02"
                  }
                }
              },
              "logicalSectorSize": {
                "type": "integer",
                "since": "2020-06-30"
              },
              "securityDataUri": {
                "type": "string",
                "since": "2021-08-01"
              },
              "performancePlus": {
                "type": "boolean",
                "since": "2022-07-02"
              },
              "elasticSanResourceId": {
                "type": "string",
                "since": "2023-04-02"
              },
              "provisionedBandwidthCopySpeed": {
                "type": "string",
                "enum": [
                  "None",
                  "Enhanced"
                ],
                "since": "2023-10-02"
              },
              "securityMetadataUri": {
                "type": "string",
                "since": "2025-01-02"
              },
              "instantAccessDurationMinutes": {
                "type": "integer",
                "since": "2025-01-02"
              }
            }
          },
          "diskSizeGB": {
            "type": "integer"
          },
          "encryptionSettings": {
            "type": "object",
            "removedIn": "2018-09-30",
            "properties": {
              "enabled": {
                "type": "boolean"
              },
              "diskEncryptionKey": {
                "type": "object",
                "properties": {
                  "sourceVault": {
                    "type": "object",
                    "required": true,
                    "properties": {
                      "id": {
                        "type": "string"
                      }
                    }
                  },
                  "secretUrl": {
                    "type": "string",
                    "required": true
                  }
                }
              },
              "keyEncryptionKey": {
                "type": "object",
                "properties": {
                  "sourceVault": {
                    "type": "object",
                    "required": true,
                    "properties": {
                      "id": {
                        "type": "string"
                      }
                    }
                  },
                  "keyUrl": {
                    "type": "string",
                    "required": true
                  }
                }
              }
            }
          },
          "ownerId": {
            "type": "string",
            "readOnly": true,
            "removedIn": "2017-03-30"
          },
          "provisioningState": {
            "type": "string",
            "readOnly": true
          },
          "hyperVGeneration": {
            "type": "string",
            "enum": [
              "V1",
              "V2"
            ],
            "immutable": true,
            "since": "2018-09-30"
          },
          "encryptionSettingsCollection": {
            "type": "object",
            "since": "2018-09-30",
            "properties": {
              "enabled": {
                "type": "boolean",
                "required": true
              },
              "encryptionSettings": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "diskEncryptionKey": {
                      "type": "object",
                      "properties": {
                        "sourceVault": {
                          "type": "object",
                          "required": true,
                          "properties": {
                            "id": {
                              "type": "string"
                            }
                          }
                        },
                        "secretUrl": {
                          "type": "string",
                          "required": true
                        }
                      }
                    },
                    "keyEncryptionKey": {
                      "type": "object",
                      "properties": {
                        "sourceVault": {
                          "type": "object",
                          "required": true,
                          "properties": {
                            "id": {
                              "type": "string"
                            }
                          }
                        },
                        "keyUrl": {
                          "type": "string",
                          "required": true
                        }
                      }
                    }
                  }
                }
              },
              "encryptionSettingsVersion": {
                "type": "string",
                "since": "2019-03-01"
              }
            }
          },
          "diskSizeBytes": {
            "type": "integer",
            "readOnly": true,
            "since": "2019-03-01"
          },
          "uniqueId": {
            "type": "string",
            "readOnly": true,
            "since": "2019-03-01"
          },
          "incremental": {
            "type": "boolean",
            "immutable": true,
            "default": false,
            "since": "2019-03-01"
          },
          "encryption": {
            "type": "object",
            "default": {
              "type": "EncryptionAtRestWithPlatformKey"
            },
            "since": "2019-07-01",
            "properties": {
              "diskEncryptionSetId": {
                "type": "string"
              },
              "type": {
                "type": "string",
                "enum": [
                  "EncryptionAtRestWithPlatformKey",
                  "EncryptionAtRestWithCustomerKey",
                  "EncryptionAtRestWithPlatformAndCustomerKeys"
                ],
                "enumSince": {
                  "EncryptionAtRestWithPlatformAndCustomerKeys": "2020-05-01"
                },
                "default": "EncryptionAtRestWithPlatformKey"
              }
            }
          },
          "networkAccessPolicy": {
            "type": "string",
            "enum": [
              "AllowAll",
              "AllowPrivate",
              "DenyAll"
            ],
            "default": "AllowAll",
            "since": "2020-05-01"
          },
          "diskAccessId": {
            "type": "string",
            "since": "2020-05-01"
          },
          "diskState": {
            "type": "string",
            "enum": [
              "Unattached",
              "Attached",
              "Reserved",
              "ActiveSAS",
              "ReadyToUpload",
              "ActiveUpload",
              "Frozen",
              "ActiveSASFrozen"
            ],
            "enumSince": {
              "Frozen": "2021-04-01",
              "ActiveSASFrozen": "2021-04-01"
            },
            "readOnly": true,
            "default": "Unattached",
            "since": "2020-06-30"
          },
          "purchasePlan": {
            "type": "object",
            "immutable": true,
            "since": "2020-09-30",
            "properties": {
              "name": {
                "type": "string",
                "required": true
              },
              "publisher": {
                "type": "string",
                "required": true
              },
              "product": {
                "type": "string",
                "required": true
              },
              "promotionCode": {
                "type": "string"
              }
            }
          },
          "supportsHibernation": {
            "type": "boolean",
            "since": "2020-12-01"
          },
          "supportedCapabilities": {
            "type": "object",
            "since": "2021-04-01",
            "properties": {
              "acceleratedNetwork": {
                "type": "boolean"
              },
              "architecture": {
                "type": "string",
                "enum": [
                  "x64",
                  "Arm64"
                ],
                "since": "2021-12-01"
              },
              "diskControllerTypes": {
                "type": "string",
                "since": "2022-07-02"
              },
              "supportedSecurityOption": {
                "type": "string",
                "enum": [
                  "TrustedLaunchSupported",
                  "TrustedLaunchAndConfidentialVMSupported"
                ],
                "since": "2025-01-02"
              }
            }
          },
          "publicNetworkAccess": {
            "type": "string",
            "enum": [
              "Enabled",
              "Disabled"
            ],
            "default": "Enabled",
            "since": "2021-04-01"
          },
          "completionPercent": {
            "type": "number",
            "since": "2021-04-01"
          },
          "securityProfile": {
            "type": "object",
            "immutable": true,
            "since": "2021-08-01",
            "properties": {
              "securityType": {
                "type": "string",
                "enum": [
                  "TrustedLaunch",
                  "ConfidentialVM_VMGuestStateOnlyEncryptedWithPlatformKey",
                  "ConfidentialVM_DiskEncryptedWithPlatformKey",
                  "ConfidentialVM_DiskEncryptedWithCustomerKey",
                  "ConfidentialVM_NonPersistedTPM"
                ],
                "enumSince": {
                  "ConfidentialVM_NonPersistedTPM": "2023-10-02"
                }
              },
              "secureVMDiskEncryptionSetId": {
                "type": "string"
              },
              "confidentialVMVersion": {
                "type": "string",
                "enum": [
                  "V1",
                  "V2"
                ],
                "readOnly": true,
                "since": "2026-03-02"
              }
            }
          },
          "dataAccessAuthMode": {
            "type": "string",
            "enum": [
              "AzureActiveDirectory",
              "None"
            ],
            "since": "2021-12-01"
          },
          "copyCompletionError": {
            "type": "object",
            "since": "2022-03-02",
            "properties": {
              "errorCode": {
                "type": "string",
                "enum": [
                  "CopySourceNotFound"
                ],
                "required": true
              },
              "errorMessage": {
                "type": "string",
                "required": true
              }
            }
          },
          "incrementalSnapshotFamilyId": {
            "type": "string",
            "readOnly": true,
            "since": "2022-07-02"
          },
          "snapshotAccessState": {
            "type": "string",
            "enum": [
              "Unknown",
              "Pending",
              "Available",
              "InstantAccess",
              "AvailableWithInstantAccess"
            ],
            "readOnly": true,
            "since": "2025-01-02"
          },
          "immutabilityPolicy": {
            "type": "object",
            "readOnly": true,
            "since": "2026-03-02",
            "properties": {
              "immutabilityDurationDays": {
                "type": "integer"
              },
              "type": {
                "type": "string",
                "enum": [
                  "Unlocked",
                  "Locked"
                ]
              },
              "policyStartTime": {
                "type": "string",
                "format": "date-time"
              },
              "policyExpirationTime": {
                "type": "string",
                "format": "date-time"
              },
              "isPolicyExpired": {
                "type": "boolean"
              }
            }
          }
        }
      },
      "managedBy": {
        "type": "string",
        "readOnly": true,
        "since": "2017-03-30"
      },
      "sku": {
        "type": "object",
        "since": "2017-03-30",
        "properties": {
          "name": {
            "type": "string",
            "enum": [
              "Standard_LRS",
              "Premium_LRS",
              "Standard_ZRS"
            ],
            "enumSince": {
              "Standard_ZRS": "2018-04-01"
            },
            "default": "Standard_LRS"
          },
          "tier": {
            "type": "string",
            "readOnly": true
          }
        }
      },
      "extendedLocation": {
        "type": "object",
        "immutable": true,
        "since": "2020-09-30",
        "properties": {
          "name": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "EdgeZone"
            ]
          }
        }
      }
    }
  }
}

"""#),
        (name: "Microsoft.Resources.deployments.json", json: #"""
{
  "type": "Microsoft.Resources/deployments",
  "apiVersions": [
    "2015-11-01",
    "2016-02-01",
    "2016-07-01",
    "2016-09-01",
    "2017-05-10",
    "2018-02-01",
    "2018-05-01",
    "2019-03-01",
    "2019-05-01",
    "2019-05-10",
    "2019-07-01",
    "2019-08-01",
    "2019-10-01",
    "2020-06-01",
    "2020-08-01",
    "2020-10-01",
    "2021-01-01",
    "2021-04-01",
    "2022-09-01",
    "2023-07-01",
    "2024-03-01",
    "2024-07-01",
    "2024-11-01",
    "2025-03-01",
    "2025-04-01",
    "2026-06-01"
  ],
  "locations": [],
  "sources": [
    "Azure/azure-rest-api-specs: specification/resources/resource-manager/Microsoft.Resources/resources/readme.md (resources.json versions) and Microsoft.Resources/deployments/stable/<version>/deployments.json (2015-11-01 .. 2026-06-01)",
    "azure-mgmt-resource 23.1.1 (models generated from those specs, 2016-02-01 .. 2022-09-01) for the version each property appeared in"
  ],
  "body": {
    "type": "object",
    "properties": {
      "location": {
        "type": "string",
        "since": "2018-05-01"
      },
      "tags": {
        "type": "object",
        "since": "2019-10-01",
        "additionalProperties": {
          "type": "string"
        }
      },
      "identity": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "None",
              "UserAssigned"
            ],
            "required": true
          },
          "userAssignedIdentities": {
            "type": "object",
            "additionalProperties": {
              "type": "any"
            }
          }
        }
      },
      "properties": {
        "type": "object",
        "required": true,
        "properties": {
          "template": {
            "type": "any"
          },
          "templateLink": {
            "type": "object",
            "properties": {
              "uri": {
                "type": "string"
              },
              "contentVersion": {
                "type": "string"
              },
              "id": {
                "type": "string",
                "since": "2020-06-01"
              },
              "relativePath": {
                "type": "string",
                "since": "2020-06-01"
              },
              "queryString": {
                "type": "string",
                "since": "2020-10-01"
              }
            }
          },
          "parameters": {
            "type": "object",
            "additionalProperties": {
              "type": "any"
            }
          },
          "parametersLink": {
            "type": "object",
            "properties": {
              "uri": {
                "type": "string",
                "required": true
              },
              "contentVersion": {
                "type": "string"
              }
            }
          },
          "externalInputs": {
            "type": "object",
            "additionalProperties": {
              "type": "any"
            }
          },
          "externalInputDefinitions": {
            "type": "object",
            "additionalProperties": {
              "type": "any"
            }
          },
          "extensionConfigs": {
            "type": "object",
            "additionalProperties": {
              "type": "any"
            }
          },
          "mode": {
            "type": "string",
            "enum": [
              "Incremental",
              "Complete"
            ],
            "required": true
          },
          "debugSetting": {
            "type": "object",
            "properties": {
              "detailLevel": {
                "type": "string"
              }
            }
          },
          "onErrorDeployment": {
            "type": "object",
            "since": "2018-02-01",
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "LastSuccessful",
                  "SpecificDeployment"
                ]
              },
              "deploymentName": {
                "type": "string"
              },
              "provisioningState": {
                "type": "string",
                "readOnly": true
              }
            }
          },
          "expressionEvaluationOptions": {
            "type": "object",
            "since": "2020-06-01",
            "properties": {
              "scope": {
                "type": "string",
                "enum": [
                  "NotSpecified",
                  "Outer",
                  "Inner"
                ]
              }
            }
          },
          "validationLevel": {
            "type": "string",
            "enum": [
              "Template",
              "Provider",
              "ProviderNoRbac"
            ]
          },
          "provisioningState": {
            "type": "string",
            "readOnly": true
          },
          "correlationId": {
            "type": "string",
            "readOnly": true
          },
          "timestamp": {
            "type": "string",
            "format": "date-time",
            "readOnly": true
          },
          "duration": {
            "type": "string",
            "readOnly": true
          },
          "outputs": {
            "type": "any",
            "readOnly": true
          },
          "providers": {
            "type": "array",
            "readOnly": true,
            "items": {
              "type": "any"
            }
          },
          "dependencies": {
            "type": "array",
            "readOnly": true,
            "items": {
              "type": "any"
            }
          },
          "outputResources": {
            "type": "array",
            "readOnly": true,
            "items": {
              "type": "any"
            }
          },
          "validatedResources": {
            "type": "array",
            "readOnly": true,
            "items": {
              "type": "any"
            }
          },
          "error": {
            "type": "any",
            "readOnly": true
          },
          "diagnostics": {
            "type": "array",
            "readOnly": true,
            "items": {
              "type": "any"
            }
          },
          "templateHash": {
            "type": "string",
            "readOnly": true
          },
          "extensions": {
            "type": "array",
            "readOnly": true,
            "items": {
              "type": "any"
            }
          }
        }
      }
    }
  }
}

"""#),
        (name: "Microsoft.Resources.resourceGroups.json", json: #"""
{
  "type": "Microsoft.Resources/resourceGroups",
  "apiVersions": [
    "2015-11-01",
    "2016-02-01",
    "2016-07-01",
    "2016-09-01",
    "2017-05-10",
    "2018-02-01",
    "2018-05-01",
    "2019-03-01",
    "2019-05-01",
    "2019-05-10",
    "2019-07-01",
    "2019-08-01",
    "2019-10-01",
    "2020-06-01",
    "2020-08-01",
    "2020-10-01",
    "2021-01-01",
    "2021-04-01",
    "2022-09-01",
    "2023-07-01",
    "2024-03-01",
    "2024-07-01",
    "2024-11-01",
    "2025-03-01",
    "2025-04-01"
  ],
  "locations": [],
  "sources": [
    "Azure/azure-rest-api-specs: specification/resources/resource-manager/Microsoft.Resources/resources/readme.md (resources.json versions 2015-11-01 .. 2025-04-01)",
    "azure-mgmt-resource 23.1.1 (models generated from those specs)"
  ],
  "body": {
    "type": "object",
    "properties": {
      "location": {
        "type": "string",
        "required": true,
        "immutable": true
      },
      "tags": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        }
      },
      "managedBy": {
        "type": "string",
        "since": "2016-09-01"
      },
      "properties": {
        "type": "object",
        "properties": {
          "provisioningState": {
            "type": "string",
            "readOnly": true
          }
        }
      }
    }
  }
}

"""#),
    ]
}
