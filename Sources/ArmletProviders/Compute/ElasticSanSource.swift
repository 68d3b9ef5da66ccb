import ArmletCore
import ArmletJSON
import ArmletState

/// The Elastic SAN volume snapshot a `CopyFromSanSnapshot` disk or snapshot copies
/// (`creationData.elasticSanResourceId`), already known to exist (``LinkedResources``).
enum ElasticSanSource {
    /// The size in GiB of the volume the stored snapshot was taken of (its read-only
    /// `properties.sourceVolumeSizeGiB`), when the state records one.
    static func sizeGiB(of creationData: JSONValue?, in reader: any StateReader) throws -> Int64? {
        guard let text = creationData?.string(at: "elasticSanResourceId"), let id = ResourceID(text),
              let record = try reader.resource(id: id.description) else { return nil }
        return record.body.int(at: "properties.sourceVolumeSizeGiB")
    }
}
