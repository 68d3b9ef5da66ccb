import ArmletJSON

/// String comparisons by code point, as JMESPath defines them.
///
/// Swift's `==` and `<` on `String` follow Unicode canonical equivalence, so `"é"` written
/// precomposed and decomposed would compare equal; JMESPath compares code points, which UTF-8
/// byte order preserves.
enum Text {
    static func equal(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    static func less(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The value of member `name` matched exactly (case and all), or `nil`.
    static func member(_ name: String, of object: JSONObject) -> JSONValue? {
        // The object's own index ignores case; a hit is exact unless the object holds a
        // case variant of the name, in which case every key is checked.
        if let i = object.position(of: name) {
            if equal(object.keys[i], name) { return object.values[i] }
            for (key, value) in zip(object.keys, object.values) where equal(key, name) { return value }
        }
        return nil
    }
}
