import ArmletCatalog
import ArmletCore
import ArmletJSON

/// Preflight checks of a disk or snapshot body that need no state: the catalog's (API version,
/// types, enumerations, required members) plus DiskRP's own (names, sizes, sources, sector sizes, SKUs).
enum ComputeValidation {
    static func diagnostics(for request: ResourceRequest) -> [Diagnostic] {
        let catalog = ResourceCatalog.shared
        var result: [Diagnostic] = []
        if let problem = catalog.apiVersionCheck(type: request.type, apiVersion: request.apiVersion,
                                                 location: request.location ?? "") {
            result.append(problem)
        }
        result += catalog.validateBody(type: request.type, apiVersion: request.apiVersion, body: request.body)
        result += providerErrors(for: request).map {
            Diagnostic(code: $0.code, message: $0.message, target: $0.target)
        }
        return result
    }

    /// The first error-level diagnostic of ``diagnostics(for:)`` as a thrown error.
    static func requireValid(_ request: ResourceRequest) throws {
        guard let first = diagnostics(for: request).first(where: { $0.severity == .error }) else { return }
        throw ARMError(code: first.code, message: first.message, target: first.target, httpStatus: 400)
    }

    static func providerErrors(for request: ResourceRequest) -> [ARMError] {
        let isDisk = JSONObject.equalIgnoringCase(request.type, DiskSku.diskType)
        let prefix = isDisk ? "disk" : "snapshot"
        let body = request.body
        var errors: [ARMError] = []
        if let problem = ComputeNaming.problem(name: request.name, kind: prefix) { errors.append(problem) }
        guard let createOption = body.string(at: "properties.creationData.createOption") else { return errors }
        let sku = DiskSku.canonicalName(body.string(at: "sku.name") ?? DiskSku.defaultName(type: request.type),
                                        type: request.type)
        switch createOption.lowercased() {
        case "empty":
            if body.value(at: "properties.diskSizeGB") == nil {
                errors.append(ComputeErrors.requiredParameterMissing("\(prefix).diskSizeGb"))
            }
        case "copy", "restore", "copystart":
            if body.string(at: "properties.creationData.sourceResourceId") == nil {
                errors.append(ComputeErrors.requiredParameterMissing("\(prefix).creationData.sourceResourceId"))
            }
        case "import", "importsecure":
            if body.string(at: "properties.creationData.sourceUri") == nil {
                errors.append(ComputeErrors.requiredParameterMissing("sourceUri"))
            }
        case "upload", "uploadpreparedsecure":
            if body.value(at: "properties.creationData.uploadSizeBytes") == nil {
                errors.append(ComputeErrors.requiredParameterMissing("\(prefix).creationData.uploadSizeBytes"))
            }
        case "fromimage":
            if body.value(at: "properties.creationData.imageReference") == nil,
               body.value(at: "properties.creationData.galleryImageReference") == nil {
                errors.append(ComputeErrors.requiredParameterMissing("\(prefix).creationData.imageReference"))
            }
        case "copyfromsansnapshot":
            if body.string(at: "properties.creationData.elasticSanResourceId") == nil {
                errors.append(ComputeErrors.requiredParameterMissing("\(prefix).creationData.elasticSanResourceId"))
            }
        case "attach":
            errors.append(ComputeErrors.unsupportedCreateOption(createOption, kind: prefix))
        default:
            break
        }
        errors += sizeErrors(body, sku: sku, prefix: prefix)
        if isDisk, let size = body.int(at: "properties.creationData.logicalSectorSize") {
            if size != 512 && size != 4096 {
                errors.append(ComputeErrors.logicalSectorSizeValue(size))
            } else if size == 4096 && !DiskSku.isUltraOrPremiumV2(sku) {
                errors.append(ComputeErrors.logicalSectorSizeSku(sku))
            }
        }
        if !isDisk, body.bool(at: "properties.incremental") == true, sku.lowercased().hasPrefix("premium") {
            errors.append(ComputeErrors.incrementalPremiumSku(sku))
        }
        return errors
    }

    /// Sizes a disk of `sku` can have: `diskSizeGB` from 1 to the SKU's maximum, an upload from 20 MiB
    /// plus the 512-byte footer to that maximum plus the footer.
    static func sizeErrors(_ body: JSONValue, sku: String, prefix: String) -> [ARMError] {
        let maximum = DiskSku.maximumSizeGB(for: sku)
        var errors: [ARMError] = []
        if let size = body.int(at: "properties.diskSizeGB"), size < 1 || size > maximum {
            errors.append(ComputeErrors.invalidParameter(
                "The value \(size) of diskSizeGB is not valid: a \(sku) \(prefix) holds from 1 to \(maximum) GiB.",
                target: "\(prefix).diskSizeGB"))
        }
        if let bytes = body.int(at: "properties.creationData.uploadSizeBytes") {
            let largest = maximum * DiskSku.bytesPerGiB + 512
            if bytes < DiskSku.minimumUploadBytes || bytes > largest || bytes % 512 != 0 {
                errors.append(ComputeErrors.invalidParameter(
                    "The value \(bytes) of uploadSizeBytes is not valid: an upload to a \(sku) \(prefix) is a multiple "
                        + "of 512 bytes from \(DiskSku.minimumUploadBytes) (20 MiB and the 512-byte VHD footer) to "
                        + "\(largest) bytes.",
                    target: "\(prefix).creationData.uploadSizeBytes"))
            }
        }
        return errors
    }
}
