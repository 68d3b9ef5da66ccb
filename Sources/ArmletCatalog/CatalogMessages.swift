import ArmletCore
import ArmletJSON

/// The codes of the diagnostics the catalog reports.
///
/// Where Azure rejects a request the code is the one Azure answers with; where Azure silently
/// ignores what was sent (unknown, version-less or read-only properties) the finding is Armlet's
/// own and only a warning.
package enum CatalogCode {
    /// ARM: the type has no such API version (error).
    package static let noRegisteredProviderFound = "NoRegisteredProviderFound"
    /// ARM: the type is not offered in the location (error).
    package static let locationNotAvailableForResourceType = "LocationNotAvailableForResourceType"
    /// ARM: no resource type has the namespace (error).
    package static let invalidResourceNamespace = "InvalidResourceNamespace"
    /// ARM: the namespace has no such type, or the type cannot be deployed at the scope (error).
    package static let invalidResourceType = "InvalidResourceType"
    /// ARM: a value of the wrong JSON type (error).
    package static let invalidRequestContent = "InvalidRequestContent"
    /// Compute RP: a value outside an enumeration, or a required property missing (error).
    package static let invalidParameter = "InvalidParameter"
    /// Armlet: a property the type does not define (warning; Azure drops it).
    package static let unknownProperty = "UnknownProperty"
    /// Armlet: a property that the request's API version does not have (warning; Azure drops it).
    package static let propertyNotInAPIVersion = "PropertyNotInApiVersion"
    /// Armlet: a read-only property was set (warning; Azure ignores it).
    package static let readOnlyProperty = "ReadOnlyProperty"
}

/// The wording of every catalog diagnostic, in one place so tests and golden files pin it.
enum CatalogMessages {
    static func noRegisteredProvider(typeName: String, versions: [APIVersion], locations: [String],
                                     apiVersion: String, location: String) -> Diagnostic {
        let normalized = Location.normalize(location)
        let shortName = ResourceTypeName.shortName(of: typeName)
        var message = "No registered resource provider found for location '\(normalized)' and API version "
            + "'\(apiVersion)' for type '\(shortName)'. The supported api-versions are '"
            + versions.map(\.text).joined(separator: ", ") + "'."
        if !locations.isEmpty {
            message += " The supported locations are '" + locations.joined(separator: ", ") + "'."
        }
        if let suggestion = APIVersionSuggestion.nearest(to: apiVersion, among: versions) {
            message += " Did you mean '\(suggestion.text)'?"
        }
        return Diagnostic(code: CatalogCode.noRegisteredProviderFound, message: message, target: "apiVersion")
    }

    static func invalidNamespace(_ namespace: String, suggestion: String?) -> Diagnostic {
        var message = "The resource namespace '\(namespace)' is invalid."
        if let suggestion { message += " Did you mean '\(suggestion)'?" }
        return Diagnostic(code: CatalogCode.invalidResourceNamespace, message: message, target: "type")
    }

    static func invalidType(_ type: String, namespace: String, apiVersion: String, suggestion: String?) -> Diagnostic {
        let shortName = ResourceTypeName.shortName(of: type)
        var message = "The resource type '\(shortName)' could not be found in the namespace '\(namespace)' "
            + "for api version '\(apiVersion)'."
        if let suggestion { message += " Did you mean '\(suggestion)'?" }
        return Diagnostic(code: CatalogCode.invalidResourceType, message: message, target: "type")
    }

    static func unsupportedScope(_ type: String, scope: ResourceTypeScopes, supported: ResourceTypeScopes) -> Diagnostic {
        let at = scope.names.first ?? "this"
        return Diagnostic(code: CatalogCode.invalidResourceType,
                   message: "The resource type '\(type)' cannot be deployed at \(at) scope. It can be deployed at "
                       + "these scopes: '" + supported.names.joined(separator: ", ") + "'.",
                   target: "type")
    }

    static func locationNotAvailable(_ location: String, type: String, regions: [String]) -> Diagnostic {
        Diagnostic(code: CatalogCode.locationNotAvailableForResourceType,
                   message: "The provided location '\(location)' is not available for resource type '\(type)'. "
                       + "List of available regions for the resource type is '" + regions.joined(separator: ",") + "'.",
                   target: "location")
    }

    static func wrongType(path: JSONPath, expected: PropertyKind, actual: JSONValue) -> Diagnostic {
        Diagnostic(code: CatalogCode.invalidRequestContent,
                   message: "The value of '\(path)' must be \(article(expected.displayName)), but "
                       + "\(article(actual.typeName)) was given.",
                   target: path.description)
    }

    static func invalidEnumValue(path: JSONPath, value: String, allowed: [String]) -> Diagnostic {
        Diagnostic(code: CatalogCode.invalidParameter,
                   message: "The value '\(value)' is not valid for '\(path)'. The allowed values are '"
                       + allowed.joined(separator: ", ") + "'.",
                   target: path.description)
    }

    static func enumValueNotInVersion(path: JSONPath, value: String, type: String, version: APIVersion,
                                      addedIn: APIVersion) -> Diagnostic {
        Diagnostic(code: CatalogCode.invalidParameter,
                   message: "The value '\(value)' of '\(path)' is not available in API version '\(version)' "
                       + "of type '\(type)'; it was added in API version '\(addedIn)'.",
                   target: path.description)
    }

    static func missingRequired(path: JSONPath) -> Diagnostic {
        Diagnostic(code: CatalogCode.invalidParameter,
                   message: "Required parameter '\(path)' is missing (null).", target: path.description)
    }

    static func unknownProperty(path: JSONPath, type: String, version: APIVersion?, suggestion: String?) -> Diagnostic {
        let inVersion = version.map { " in API version '\($0)'" } ?? ""
        var message = "The property '\(path)' is not defined for type '\(type)'\(inVersion) and would be ignored."
        if let suggestion { message += " Did you mean '\(suggestion)'?" }
        return Diagnostic(code: CatalogCode.unknownProperty, message: message, target: path.description,
                          severity: .warning)
    }

    static func notInVersion(path: JSONPath, type: String, version: APIVersion, property: PropertySchema) -> Diagnostic {
        var message = "The property '\(path)' is not available in API version '\(version)' of type '\(type)' "
            + "and would be ignored;"
        if let since = property.since, version < since {
            message += " it was added in API version '\(since)'."
        } else if let removedIn = property.removedIn {
            message += " it was removed in API version '\(removedIn)'."
        }
        return Diagnostic(code: CatalogCode.propertyNotInAPIVersion, message: message, target: path.description,
                          severity: .warning)
    }

    static func readOnly(path: JSONPath) -> Diagnostic {
        Diagnostic(code: CatalogCode.readOnlyProperty,
                   message: "The property '\(path)' is read-only; Azure ignores the value sent.",
                   target: path.description, severity: .warning)
    }

    private static func article(_ word: String) -> String {
        let vowel = word.first.map { "AEIOU".contains($0) } ?? false
        return (vowel ? "an " : "a ") + word
    }
}
