import ArmletCore
import Testing

@Suite struct ResourceIDTests {
    @Test func scopes() throws {
        let tenant = try #require(ResourceID("/"))
        #expect(tenant.kind == .tenant && tenant.description == "/" && tenant.scope == nil)
        let mg = try #require(ResourceID("/providers/Microsoft.Management/managementGroups/mg1"))
        #expect(mg.kind == .managementGroup && mg.managementGroup == "mg1" && mg.scope == .tenant)
        #expect(mg.type == "Microsoft.Management/managementGroups")
        let sub = try #require(ResourceID("/subscriptions/s1"))
        #expect(sub.kind == .subscription && sub.subscriptionId == "s1" && sub.type == "Microsoft.Resources/subscriptions")
        let group = try #require(ResourceID("/subscriptions/s1/resourceGroups/rg"))
        #expect(group.kind == .resourceGroup && group.resourceGroup == "rg" && group.name == "rg")
        #expect(group.scope == sub && group.relativeId == "resourceGroups/rg")
    }

    @Test func resources() throws {
        let disk = try #require(ResourceID("subscriptions/s1/resourceGroups/rg/providers/Microsoft.Compute/disks/d1"))
        #expect(disk.kind == .resource)
        #expect(disk.description == "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Compute/disks/d1")
        #expect(disk.type == "Microsoft.Compute/disks" && disk.name == "d1" && disk.namespace == "Microsoft.Compute")
        #expect(disk.scope == ResourceID.resourceGroup(subscriptionId: "s1", name: "rg"))
        #expect(disk.relativeId == "Microsoft.Compute/disks/d1")
        let child = try #require(ResourceID("/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Sql/servers/s/databases/db"))
        #expect(child.type == "Microsoft.Sql/servers/databases" && child.qualifiedName == "s/db" && child.name == "db")
        #expect(child.parent?.description == "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Sql/servers/s")
        #expect(child.scope?.kind == .resourceGroup)
        let lock = try #require(ResourceID(disk.description + "/providers/Microsoft.Authorization/locks/l1"))
        #expect(lock.kind == .extensionResource && lock.scope == disk && lock.type == "Microsoft.Authorization/locks")
        #expect(lock.resourceGroup == "rg" && lock.subscriptionId == "s1")
    }

    @Test func rejectsMalformedIds() {
        for text in ["garbage", "/subscriptions", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute",
                     "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/disks",
                     "/subscriptions/s/resourceGroups/rg/foo/bar"] {
            #expect(ResourceID(text) == nil, "\(text)")
        }
    }

    @Test func comparesIgnoringCaseButKeepsSpelling() throws {
        let a = try #require(ResourceID("/subscriptions/S1/resourceGroups/RG/providers/Microsoft.Compute/disks/D1"))
        let b = try #require(ResourceID("/SUBSCRIPTIONS/s1/resourcegroups/rg/providers/microsoft.compute/DISKS/d1"))
        #expect(a == b && a.hashValue == b.hashValue && a.key == b.key)
        #expect(a.description.contains("/RG/") && b.description.contains("/rg/"))
        #expect(b.description == "/subscriptions/s1/resourceGroups/rg/providers/microsoft.compute/DISKS/d1")
        #expect(Set([a, b]).count == 1)
    }

    @Test func buildsIdsAsResourceIdDoes() throws {
        let group = ResourceID.resourceGroup(subscriptionId: "s", name: "rg")
        #expect(group.appending(type: "Microsoft.Sql/servers/databases", name: "a/b")?.description
                == "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/a/databases/b")
        #expect(group.appending(type: "Microsoft.Sql/servers/databases", name: "a") == nil)
        #expect(ResourceID.subscription("s").appending(type: "Microsoft.Resources/resourceGroups", name: "rg")
                == group)
        #expect(ResourceID.tenant.appending(type: "Microsoft.Resources/subscriptions", name: "s2")
                == .subscription("s2"))
        #expect(ResourceID.tenant.appending(type: "Microsoft.Foo/bars", name: "x")?.description == "/providers/Microsoft.Foo/bars/x")
        #expect(ResourceID.name(of: "not/an/id") == "id" && ResourceID.resourceType(of: "nope") == "")
    }
}

@Suite struct RootScopeTests {
    @Test func splitsTheRootScopeFromWhatFollows() {
        let (root, rest) = ResourceID.splitRootScope("/subscriptions/S/resourceGroups/rg/providers/p1/foo")
        #expect(root == ResourceID.resourceGroup(subscriptionId: "s", name: "rg") && rest == "providers/p1/foo")
        let mg = ResourceID.splitRootScope("/providers/Microsoft.Management/managementGroups/mg/providers/A.B/c/d")
        #expect(mg.root.managementGroup == "mg" && mg.remainder == "providers/A.B/c/d")
        #expect(ResourceID.splitRootScope("/subscriptions/s").root == .subscription("s"))
        #expect(ResourceID.splitRootScope("/providers/A.B/c/d").root == .tenant)
        #expect(ResourceID.splitRootScope("/providers/A.B/c/d").remainder == "providers/A.B/c/d")
        #expect(ResourceID.splitRootScope("/subscriptions/s/resourceGroups/rg").remainder == "")
        #expect(ResourceID.text(scope: "/subscriptions/s", type: "Microsoft.Resources/resourceGroups", name: "g")
                == "/subscriptions/s/resourceGroups/g")
    }
}
