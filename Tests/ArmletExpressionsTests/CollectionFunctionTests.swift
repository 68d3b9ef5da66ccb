import ArmletExpressions
import ArmletJSON
import Testing

@Suite("Array and object functions")
struct CollectionFunctionTests {
    static let values: [(String, JSONValue)] = [
        ("array(1)", .array([1])),
        ("concat(createArray(1, 2), createArray(3))", [1, 2, 3]),
        ("contains(createArray(createArray(1)), createArray(1))", true),
        ("contains(createObject('Key', 1), 'key')", true),
        ("empty(null())", true),
        ("first(createArray())", .null),
        ("indexOf(createArray('a', 'Three'), 'three')", -1),
        ("lastIndexOf(createArray(1, 2, 1), 1)", 2),
        ("indexFromEnd(createArray('apple', 'banana', 'orange', 'grape'), 2)", "orange"),
        ("tryIndexFromEnd(createArray('a'), 5)", .null),
        ("intersection(createArray(1, 2, 2, 3), createArray(2, 3, 4))", [2, 3]),
        ("union(createArray(1, 2), createArray(2, 3))", [1, 2, 3]),
        ("union(createObject('a', createObject('x', 1, 'l', createArray(1))), createObject('a', createObject('y', 2, 'l', createArray(2))))",
         ["a": ["x": 1, "l": [2], "y": 2]]),
        ("shallowMerge(createArray(createObject('a', createObject('x', 1)), createObject('a', createObject('y', 2))))", ["a": ["y": 2]]),
        ("length(createObject('a', createObject('b', 1)))", 1),
        ("max(createArray(1, 5, 3))", 5),
        ("min(4, 2, 8)", 2),
        ("range(5, 3)", [5, 6, 7]),
        ("range(1, 0)", []),
        ("skip(createArray(1, 2, 3), -1)", [1, 2, 3]),
        ("take(createArray(1, 2, 3), 10)", [1, 2, 3]),
        ("flatten(createArray(createArray(1), createArray(2, 3)))", [1, 2, 3]),
        ("tryGet(createObject('A', 1), 'a')", 1),
        ("tryGet(createArray(1), 3)", .null),
        ("createObject()", [:]),
        ("items(createObject('b', 2, 'a', 1))", [["key": "a", "value": 1], ["key": "b", "value": 2]]),
        ("objectKeys(createObject('a', 1, 'b', 2))", ["a", "b"]),
        ("json('{\"a\": [1, 2.5]}').a[1]", 2.5),
    ]

    @Test(arguments: Self.values)
    func value(expression: String, expected: JSONValue) throws {
        #expect(try eval(expression) == expected)
    }

    @Test(arguments: [
        ("empty(100)", "The template function 'empty' expects its parameter to be an object, an array, or a string. The provided value is of type 'Integer'. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("first()", "Unable to evaluate template language function 'first': function requires 1 argument(s) while 0 were provided. Please see https://aka.ms/arm-template-expressions/#first for usage details."),
        ("range(0, 10001)", "Unable to evaluate template language function 'range': the count '10001' must be a non-negative integer not greater than 10000. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("indexFromEnd(createArray(1), 2)", "Unable to evaluate template language function 'indexFromEnd': the index '2' is out of range for an array of length '1'. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("createObject('a')", "Unable to evaluate template language function 'createObject': the function requires an even number of parameters; 1 were provided. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("createArray(1)[3]", "The language expression property array index '3' is out of bounds."),
        ("createObject('a', 1).b", "The language expression property 'b' doesn't exist, available properties are 'a'."),
        ("json('{')", "Unable to evaluate template language function 'json': the string '{' is not valid JSON. Please see https://aka.ms/arm-template-expressions for usage details."),
    ])
    func error(expression: String, message: String) {
        let error = evalError(expression)
        #expect(error?.code == "InvalidTemplate")
        #expect(error?.message == message)
    }
}
