import ArmletCore
import ArmletJSON
import Testing

@Suite struct ARMErrorTests {
    struct Opaque: Error {}
    struct Convertible: ARMErrorConvertible {
        var armError: ARMError { ARMError(code: "TooManyRequests", message: "busy", httpStatus: 429) }
    }

    @Test func onePolicyForEveryError() {
        #expect(ARMError.from(ARMError.resourceGroupNotFound("rg")).httpStatus == 404)
        #expect(ARMError.from(Convertible()).httpStatus == 429)
        let located = Diagnostic(code: "InvalidTemplate", message: "bad", location: SourceLocation(file: "t.json", line: 3, column: 7))
        let fromDiagnostic = ARMError.from(located)
        #expect(fromDiagnostic.httpStatus == 400 && fromDiagnostic.code == "InvalidTemplate" && fromDiagnostic.location?.line == 3)
        let list = ARMError.from(DiagnosticList([located, Diagnostic(code: "InvalidParameter", message: "two")]))
        #expect(list.code == "InvalidTemplate" && list.details.map(\.code) == ["InvalidParameter"])
        let fault = ARMError.from(Opaque())
        #expect(fault.httpStatus == 500 && fault.code == "InternalServerError")
    }

    @Test func bodyCarriesAdditionalInfo() {
        let violation = ARMError.templateViolation(SourceLocation(file: "t.json", line: 19, column: 5), path: "resources[0]")
        let error = ARMError(code: "NoRegisteredProviderFound", message: "m", target: "apiVersion", additionalInfo: [violation])
        #expect(JSONWriter.write(error.errorBody, style: .compact)
                == #"{"error":{"code":"NoRegisteredProviderFound","target":"apiVersion","message":"m","additionalInfo":[{"type":"TemplateViolation","info":{"lineNumber":19,"linePosition":5,"path":"resources[0]"}}]}}"#)
        #expect(ARMError(json: error.json) == ARMError(code: "NoRegisteredProviderFound", message: "m", target: "apiVersion",
                                                       additionalInfo: [violation]))
    }
}
