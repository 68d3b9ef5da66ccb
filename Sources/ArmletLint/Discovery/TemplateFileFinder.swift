import ArmletJSON
import Foundation

/// Finds the templates to lint under the paths a user named.
///
/// A named file is always linted. A folder is searched recursively for `*.json`, `*.jsonc`, `*.yaml`
/// and `*.yml` files whose `$schema` names a deployment template (`deploymentTemplate.json`,
/// `subscriptionDeploymentTemplate.json`, ...); parameter files and other JSON are skipped silently,
/// and so are hidden folders and `.build`/`node_modules`.
package enum TemplateFileFinder {
    /// A file to lint: where it is and how to name it in reports.
    package struct Target: Sendable, Hashable {
        /// The path to open.
        package let path: String
        /// The path as reports show it (the user's folder argument joined with the relative path).
        package let displayName: String
    }

    /// A named path that does not exist.
    package struct MissingPath: Error, Sendable, Hashable {
        /// The path as given.
        package let path: String
    }

    static let extensions: Set<String> = ["json", "jsonc", "yaml", "yml"]
    static let skippedFolders: Set<String> = ["node_modules", ".build", ".git"]

    /// The templates under `paths`, in order (each folder's files sorted by name).
    package static func targets(for paths: [String]) throws(MissingPath) -> [Target] {
        var out: [Target] = []
        var seen = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw MissingPath(path: path) }
            if !isDirectory.boolValue {
                if seen.insert(path).inserted { out.append(Target(path: path, displayName: path)) }
                continue
            }
            for relative in files(under: path) {
                let full = (path as NSString).appendingPathComponent(relative)
                guard looksLikeTemplate(full), seen.insert(full).inserted else { continue }
                let display = path == "." ? relative : full
                out.append(Target(path: full, displayName: display))
            }
        }
        return out
    }

    private static func files(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let next = enumerator.nextObject() as? String {
            let name = (next as NSString).lastPathComponent
            let full = (folder as NSString).appendingPathComponent(next)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                if name.hasPrefix(".") || skippedFolders.contains(name) { enumerator.skipDescendants() }
                continue
            }
            if extensions.contains((name as NSString).pathExtension.lowercased()) { out.append(next) }
        }
        return out.sorted()
    }

    /// Whether the file's `$schema` names a deployment template: the value of the first `$schema`
    /// member (JSON or YAML) mentions `deploymentTemplate.json`. The check reads the text without
    /// parsing it, so a broken template is still found (and reported) rather than skipped.
    package static func looksLikeTemplate(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        let text = String(decoding: data, as: UTF8.self)
        guard let key = text.range(of: "$schema") else { return false }
        var rest = text[key.upperBound...]
        rest = rest.drop { $0 == "\"" || $0 == "'" || $0 == " " || $0 == "\t" || $0 == ":" }
        let value = rest.prefix { $0 != "\"" && $0 != "'" && $0 != "\n" && $0 != "," }
        return value.range(of: "deploymenttemplate.json", options: .caseInsensitive) != nil
    }
}
