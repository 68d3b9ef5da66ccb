# Writes the two Microsoft.Resources documents. Usage: python3 resources_emit.py ../resource-types
import json, sys
RES = ["2015-11-01","2016-02-01","2016-07-01","2016-09-01","2017-05-10","2018-02-01","2018-05-01","2019-03-01","2019-05-01","2019-05-10","2019-07-01","2019-08-01","2019-10-01","2020-06-01","2020-08-01","2020-10-01","2021-01-01","2021-04-01","2022-09-01","2023-07-01","2024-03-01","2024-07-01","2024-11-01","2025-03-01","2025-04-01"]
S = lambda **k: dict(type="string", **k)
O = lambda props, **k: dict(type="object", **k, properties=props)
ANY = {"type": "any"}
deploy = {
 "type": "Microsoft.Resources/deployments",
 "apiVersions": RES + ["2026-06-01"],
 "locations": [],
 "sources": [
   "Azure/azure-rest-api-specs: specification/resources/resource-manager/Microsoft.Resources/resources/readme.md (resources.json versions) and Microsoft.Resources/deployments/stable/<version>/deployments.json (2015-11-01 .. 2026-06-01)",
   "azure-mgmt-resource 23.1.1 (models generated from those specs, 2016-02-01 .. 2022-09-01) for the version each property appeared in",
 ],
 "body": O({
   "location": S(since="2018-05-01"),
   "tags": dict(type="object", since="2019-10-01", additionalProperties=S()),
   "identity": O({
      "type": S(enum=["None","UserAssigned"], required=True),
      "userAssignedIdentities": dict(type="object", additionalProperties=ANY),
   }),
   "properties": O({
      "template": ANY,
      "templateLink": O({"uri": S(), "contentVersion": S(), "id": S(since="2020-06-01"),
                         "relativePath": S(since="2020-06-01"), "queryString": S(since="2020-10-01")}),
      "parameters": dict(type="object", additionalProperties=ANY),
      "parametersLink": O({"uri": S(required=True), "contentVersion": S()}),
      "externalInputs": dict(type="object", additionalProperties=ANY),
      "externalInputDefinitions": dict(type="object", additionalProperties=ANY),
      "extensionConfigs": dict(type="object", additionalProperties=ANY),
      "mode": S(enum=["Incremental","Complete"], required=True),
      "debugSetting": O({"detailLevel": S()}),
      "onErrorDeployment": O({"type": S(enum=["LastSuccessful","SpecificDeployment"]), "deploymentName": S(),
                              "provisioningState": S(readOnly=True)}, since="2018-02-01"),
      "expressionEvaluationOptions": O({"scope": S(enum=["NotSpecified","Outer","Inner"])}, since="2020-06-01"),
      "validationLevel": S(enum=["Template","Provider","ProviderNoRbac"]),
      "provisioningState": S(readOnly=True),
      "correlationId": S(readOnly=True),
      "timestamp": S(format="date-time", readOnly=True),
      "duration": S(readOnly=True),
      "outputs": dict(type="any", readOnly=True),
      "providers": dict(type="array", readOnly=True, items=ANY),
      "dependencies": dict(type="array", readOnly=True, items=ANY),
      "outputResources": dict(type="array", readOnly=True, items=ANY),
      "validatedResources": dict(type="array", readOnly=True, items=ANY),
      "error": dict(type="any", readOnly=True),
      "diagnostics": dict(type="array", readOnly=True, items=ANY),
      "templateHash": S(readOnly=True),
      "extensions": dict(type="array", readOnly=True, items=ANY),
   }, required=True),
 }),
}
rg = {
 "type": "Microsoft.Resources/resourceGroups",
 "apiVersions": RES,
 "locations": [],
 "sources": [
   "Azure/azure-rest-api-specs: specification/resources/resource-manager/Microsoft.Resources/resources/readme.md (resources.json versions 2015-11-01 .. 2025-04-01)",
   "azure-mgmt-resource 23.1.1 (models generated from those specs)",
 ],
 "body": O({
   "location": S(required=True, immutable=True),
   "tags": dict(type="object", additionalProperties=S()),
   "managedBy": S(since="2016-09-01"),
   "properties": O({"provisioningState": S(readOnly=True)}),
 }),
}
ORDER = ["type","format","enum","enumSince","required","readOnly","immutable","default","since","removedIn","properties","items","additionalProperties"]
def order(n):
    out = {k: n[k] for k in ORDER if k in n}
    if "properties" in out: out["properties"] = {k: order(v) for k, v in out["properties"].items()}
    for c in ("items","additionalProperties"):
        if c in out: out[c] = order(out[c])
    return out
for doc, name in ((deploy, "Microsoft.Resources.deployments.json"), (rg, "Microsoft.Resources.resourceGroups.json")):
    doc["body"] = order(doc["body"])
    with open(sys.argv[1] + "/" + name, "w") as f:
        json.dump(doc, f, indent=2); f.write("\n")
