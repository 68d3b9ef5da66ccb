import ArmletCore

/// What `armlet serve` tells its user once the server listens: where, which CA to trust, and the
/// exact lines that point the Azure CLI and the Python SDK at it.
package struct ServerAnnouncement: Sendable, Hashable {
    /// `https://127.0.0.1:PORT`.
    package var httpsURL: String
    /// `http://127.0.0.1:PORT` when plain HTTP is served.
    package var httpURL: String?
    /// The CA certificate's path (for `REQUESTS_CA_BUNDLE` / `connection_verify`).
    package var caPath: String
    /// The state directory.
    package var stateDirectory: String
    /// The tenant to log in to.
    package var tenantId: String
    /// Whether the CA or server certificate was created by this start.
    package var generatedCertificates: Bool
    /// The portal's one-time sign-in link (`https://…/portal/signin?token=…`), when there is one.
    package var portalSignInLink: String? = nil

    /// The lines to run, in order (each a shell command).
    package var azureCLILines: [String] {
        [
            "export REQUESTS_CA_BUNDLE=\(caPath)",
            "az cloud register -n Armlet --endpoint-resource-manager \(httpsURL)/",
            "az cloud set -n Armlet",
            "az config set core.instance_discovery=false",
            "az login --service-principal -u 11111111-1111-1111-1111-111111111111 -p any-secret --tenant \(tenantId)",
        ]
    }

    /// The whole text `armlet serve` prints.
    package var text: String {
        var lines = [
            "Armlet serves the ARM REST API at \(httpsURL)/ (state: \(stateDirectory)).",
            httpURL.map { "Plain HTTP (Python SDK with enforce_https=False): \($0)/" },
            portalSignInLink.map { "Portal: \($0)" },
            "CA certificate\(generatedCertificates ? " (new)" : ""): \(caPath)",
            "",
            "Azure CLI (any client id and secret are accepted; REQUESTS_CA_BUNDLE replaces the system CAs in that shell):",
        ].compactMap { $0 }
        lines += azureCLILines.map { "  " + $0 }
        lines += [
            "",
            "Python SDK:",
            "  credential = ClientSecretCredential(\"\(tenantId)\", \"<any-guid>\", \"<any-secret>\", "
                + "authority=\"\(httpsURL)\", disable_instance_discovery=True, connection_verify=\"\(caPath)\")",
            "  client = ComputeManagementClient(credential, \"\(ARMDefaults.subscriptionId)\", "
                + "base_url=\"\(httpsURL)\", connection_verify=\"\(caPath)\", "
                + "credential_scopes=[\"https://management.azure.com/.default\"])",
            "",
            "Press Ctrl+C to stop.",
        ]
        return lines.joined(separator: "\n")
    }
}
