/// Placeholder until the YAML writer lands.
public enum YAMLWriter {
    public static func write(_ value: JSONValue) -> String { "" }
}
