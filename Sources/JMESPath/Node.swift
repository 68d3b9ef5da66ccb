import ArmletJSON

/// The parsed form of a JMESPath expression.
///
/// Projections carry their left side (what produces the list or object) and their right side
/// (what is applied to each element); the right side of a projection is `.current` when
/// nothing follows it.
indirect enum Node: Sendable {
    /// `@`: the value being searched.
    case current
    /// `name` or `"name"`: a member of an object, matched case-sensitively.
    case field(String)
    /// `[n]`: an element of an array, counted from the end when negative.
    case index(Int)
    /// `[start:stop:step]`: part of an array.
    case slice(start: Int?, stop: Int?, step: Int?)
    /// `` `json` `` or `'raw'`: a constant.
    case literal(JSONValue)
    /// `left.right` and `left[...]`: `right` applied to the result of `left`.
    case subexpression(Node, Node)
    /// `left[*].right`, `left[a:b].right`: `right` applied to each element of an array.
    case listProjection(Node, Node)
    /// `left.*.right`: `right` applied to each value of an object.
    case valueProjection(Node, Node)
    /// `left[?condition].right`: `right` applied to each element for which `condition` holds.
    case filterProjection(Node, condition: Node, Node)
    /// `left[]`: nested arrays merged one level.
    case flatten(Node)
    /// `[a, b]`.
    case multiselectList([Node])
    /// `{k: a, l: b}`.
    case multiselectHash([HashEntry])
    case or(Node, Node)
    case and(Node, Node)
    case not(Node)
    case comparison(Comparator, Node, Node)
    /// `left | right`: `right` applied to the result of `left`, ending any projection.
    case pipe(Node, Node)
    case function(Function, [Node])
    /// `&expression`: an expression passed unevaluated to a function.
    case expressionReference(Node)
}

/// One `key: expression` pair of a multiselect hash.
struct HashEntry: Sendable {
    var key: String
    var value: Node
}

/// The comparison operators.
enum Comparator: Sendable {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
}
