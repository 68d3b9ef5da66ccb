import ArmletExpressions
import ArmletJSON
import Testing

@Suite("Numeric, comparison, logical and date functions")
struct ScalarFunctionTests {
    static let values: [(String, JSONValue)] = [
        ("add(9223372036854775806, 1)", 9_223_372_036_854_775_807),
        ("sub(1, 3)", -2),
        ("mul(-4, 5)", -20),
        ("div(-8, 3)", -2),
        ("mod(-7, 3)", -1),
        ("int(' 42 ')", 42),
        ("float('2.5')", 2.5),
        ("greater('A', 'a')", true),
        ("less('a', 'B')", true),
        ("greaterOrEquals(10, 10)", true),
        ("lessOrEquals('abc', 'abd')", true),
        ("equals(createObject('a', createArray(1)), createObject('A', createArray(1)))", true),
        ("equals('a', 'A')", false),
        ("coalesce(null(), '', 'x')", ""),
        ("and(true(), true(), false())", false),
        ("or(false(), true())", true),
        ("not(false())", true),
        ("bool('TRUE')", true),
        ("bool(0)", false),
        ("if(true(), 'yes', fail())", "yes"),
        ("if(false(), createArray(1)[5], 'no')", "no"),
        ("dateTimeAdd('2020-04-07T14:53:14Z', 'P1M')", "2020-05-07T14:53:14Z"),
        ("dateTimeAdd('2020-01-31T00:00:00Z', 'P1M', 'yyyy-MM-dd')", "2020-02-29"),
        ("dateTimeAdd('2020-04-07 14:53:14Z', '-P9D')", "3/29/2020 2:53:14 PM"),
        ("dateTimeAdd('2020-04-07T14:53:14Z', 'PT1H30M', 'o')", "2020-04-07T16:23:14.0000000Z"),
        ("dateTimeFromEpoch(1683040573)", "2023-05-02T15:16:13Z"),
        ("dateTimeFromEpoch(253402300799)", "9999-12-31T23:59:59Z"),
        ("dateTimeFromEpoch(-62135596800)", "0001-01-01T00:00:00Z"),
        ("dateTimeAdd('0001-01-02T00:00:00Z', '-P1D')", "0001-01-01T00:00:00Z"),
        ("dateTimeToEpoch('2023-05-02T15:16:13Z')", 1_683_040_573),
        ("dateTimeToEpoch('2023-05-02T17:16:13+02:00')", 1_683_040_573),
        ("utcNow()", "20240101T000000Z"),
        ("utcNow('u')", "2024-01-01 00:00:00Z"),
        ("utcNow('D')", "Monday, 01 January 2024"),
        ("utcNow('M d')", "1 1"),
    ]

    @Test(arguments: Self.values)
    func value(expression: String, expected: JSONValue) throws {
        #expect(try eval(expression) == expected)
    }

    @Test(arguments: [
        ("add(9223372036854775807, 1)", "Unable to evaluate template language function 'add': detected overflow. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("div(1, 0)", "Unable to evaluate template language function 'div': the divisor must not be zero. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("add('1', 2)", "The template language function 'add' expects its first parameter to be of type 'Integer'. The provided value is of type 'String'. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("greater(1, 'a')", "The template language function 'greater' expects two parameters of matching types: both integers or both strings. The provided values are of types 'Integer' and 'String'. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("and(true())", "Unable to evaluate template language function 'and': function requires at least 2 argument(s) while 1 were provided. Please see https://aka.ms/arm-template-expressions/#and for usage details."),
        ("and(true(), 1)", "The template language function 'and' expects its second parameter to be of type 'Boolean'. The provided value is of type 'Integer'. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("if(true(), 1)", "Unable to evaluate template language function 'if': function requires 3 argument(s) while 2 were provided. Please see https://aka.ms/arm-template-expressions/#if for usage details."),
        ("dateTimeAdd('2020-01-01', 'PTASDIONS1D')", "The template function 'dateTimeAdd' has an invalid parameter. The second parameter 'PTASDIONS1D' is not a valid ISO8601 Duration string. Please see https://aka.ms/arm-syntax-functions ."),
        // Out of .NET's date range: a clean error, never an arithmetic trap.
        ("dateTimeFromEpoch(9223372036854775807)", "Unable to evaluate template language function 'dateTimeFromEpoch': the value '9223372036854775807' is outside the range of valid epoch times (-62135596800 to 253402300799: 0001-01-01 to 9999-12-31). Please see https://aka.ms/arm-template-expressions for usage details."),
        ("dateTimeAdd('9999-12-31T00:00:00Z', 'P1D')", "Unable to evaluate template language function 'dateTimeAdd': the result of adding 'P1D' to '9999-12-31T00:00:00Z' is outside the range of valid date-times (0001-01-01 to 9999-12-31). Please see https://aka.ms/arm-template-expressions for usage details."),
        ("dateTimeAdd('2020-01-01T00:00:00Z', 'PT99999999999999999999S')", "The template function 'dateTimeAdd' has an invalid parameter. The second parameter 'PT99999999999999999999S' is not a valid ISO8601 Duration string. Please see https://aka.ms/arm-syntax-functions ."),
        ("dateTimeAdd('2020-01-01T00:00:00Z', '-P99999999Y')", "The template function 'dateTimeAdd' has an invalid parameter. The second parameter '-P99999999Y' is not a valid ISO8601 Duration string. Please see https://aka.ms/arm-syntax-functions ."),
    ])
    func error(expression: String, message: String) {
        let error = evalError(expression)
        #expect(error?.code == "InvalidTemplate")
        #expect(error?.message == message)
    }

    @Test func andEvaluatesEveryArgument() {
        // ARM does not document short-circuiting, so a failing later argument still fails.
        #expect(evalError("and(false(), createArray()[0])")?.message == "The language expression property array index '0' is out of bounds.")
    }

    @Test func utcNowNeedsPermission() {
        var context = StaticEvaluationContext()
        context.allowsNonDeterministicFunctions = false
        #expect(evalError("utcNow()", context: context)?.message
            == "The template function 'utcNow' is not expected at this location. The function can only be used with parameter default values. Please see https://aka.ms/arm-template-expressions for usage details.")
    }
}

@Suite struct FailAndLazyCoalesceTests {
    @Test func coalesceStopsAtTheFirstNonNullValue() throws {
        #expect(try eval("coalesce(null(), 'a', fail('never'))") == "a")
    }

    @Test func failStopsWithTheAuthorsMessage() {
        let error = evalError("coalesce(null(), fail('Expected a name'))")
        #expect(error?.message == "Expected a name")
        #expect(error?.code == "InvalidTemplate")
        #expect(evalError("if(true(), fail('Expected a name'), 'x')")?.message == "Expected a name")
    }
}
