import Foundation
import ArmletExpressions
import ArmletJSON

/// ARM's wording for problems found while expanding a template (all code `InvalidTemplate`).
enum ExpansionMessage {
    static let code = "InvalidTemplate"
    static let expressionsLink = "Please see https://aka.ms/arm-template-expressions for usage details."

    /// "The template resource 'name' at line 'l' and column 'c' is not valid: inner. Please see ..."
    static func resource(_ name: String, at location: SourceLocation?, _ inner: String) -> String {
        let position = location.map { " at line '\($0.line)' and column '\($0.column)'" } ?? ""
        return "The template resource '\(name)'\(position) is not valid: \(bare(inner)). \(expressionsLink)"
    }

    static func output(_ name: String, _ inner: String) -> String {
        "The template output '\(name)' is not valid: \(bare(inner)). \(expressionsLink)"
    }

    static func variable(_ name: String, _ inner: String) -> String {
        "The template variable '\(name)' is not valid: \(bare(inner)). \(expressionsLink)"
    }

    static func parameter(_ name: String, _ inner: String) -> String {
        "The template parameter '\(name)' is not valid: \(bare(inner)). \(expressionsLink)"
    }

    /// `inner` without a trailing "Please see ... for usage details." link, so a wrapped message
    /// carries the link once (ARM's wrapped messages end "...'.. Please see ...").
    static func bare(_ inner: String) -> String {
        guard inner.hasSuffix(" for usage details."), let range = inner.range(of: " Please see https://aka.ms/", options: .backwards) else {
            return inner
        }
        return String(inner[..<range.lowerBound])
    }

    static func validationFailed(_ inner: String) -> String {
        "Deployment template validation failed: '\(inner)'."
    }

    static func circularDependency(_ id: String) -> String {
        validationFailed("Circular dependency detected on resource: '\(id)'. "
                         + "Please see https://aka.ms/arm-syntax-resources for usage details.")
    }

    static func notDefined(_ name: String) -> String {
        validationFailed("The resource '\(name)' is not defined in the template. "
                         + "Please see https://aka.ms/arm-syntax for usage details.")
    }

    static func circularReference(_ kind: String, _ name: String) -> String {
        "Circular reference detected in template \(kind) '\(name)'."
    }

    static func segmentLengths(_ name: String, _ type: String) -> String {
        "The template resource '\(name)' for type '\(type)' has incorrect segment lengths. A nested resource type "
            + "must have identical number of segments as its resource name. A root resource type must have segment "
            + "length one greater than its resource name. Please see https://aka.ms/arm-syntax-resources for usage details."
    }

    static func notExpected(_ function: String) -> String {
        "The template function '\(function)' is not expected at this location. \(expressionsLink)"
    }

    static func copyCount(_ count: String) -> String {
        "The copy count must be a non-negative integer value and cannot exceed '800'. The provided value is '\(count)'."
    }

    static func duplicateResource(_ id: String) -> String {
        validationFailed("The resource '\(id)' is defined multiple times in a template. "
                         + "Please see https://aka.ms/arm-syntax-resources for usage details.")
    }
}

/// Maps template paths to file positions; nested templates add the path of their `template` member.
struct Locator: Sendable {
    let map: SourceMap
    let prefix: JSONPath

    /// The path in the whole document for `path` inside this template.
    func absolute(_ path: JSONPath) -> JSONPath {
        prefix.components.isEmpty ? path : JSONPath(prefix.components + path.components)
    }

    /// Where the value at `path` starts (or the nearest recorded ancestor).
    func value(_ path: JSONPath) -> SourceLocation? {
        let p = absolute(path)
        return map.location(at: p) ?? map.nearestLocation(at: p)
    }

    /// Where the member name at `path` is written (or the nearest recorded ancestor).
    func key(_ path: JSONPath) -> SourceLocation? {
        let p = absolute(path)
        return map.keyLocation(at: p) ?? map.nearestLocation(at: p)
    }

    /// The locator for a nested template at `path`.
    func nested(at path: JSONPath) -> Locator { Locator(map: map, prefix: absolute(path)) }
}

/// An expression problem that already carries its framing and location (so outer frames keep it).
struct LocatedFailure: Error {
    let diagnostic: Diagnostic
}

/// Thrown by `reference()`/`list*()` at plan time: the value needs resources deployed first.
struct DeferredEvaluation: Error {
    /// The function that cannot be answered yet.
    let function: String
    /// Ids of deployed-in-this-deployment resources the value reads.
    let waitsFor: [String]
}

extension Error {
    /// The message of an expression error (any Armlet error), or a description.
    var expansionMessage: String {
        if let e = self as? any ArmletError { return e.message }
        return String(describing: self)
    }
}
