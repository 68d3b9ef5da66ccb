import ArmletProviders

extension ProviderError: ProviderErrorConvertible {
    var armError: ARMError { ARMError(code: code, message: message, target: target, httpStatus: httpStatus) }
}
