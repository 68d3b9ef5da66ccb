@testable import ArmletPostgres
import Testing

/// The shared statements as PostgreSQL receives them (no server needed).
@Suite struct PostgresDialectTests {
    @Test func placeholdersAreNumberedOutsideQuotesOnly() {
        #expect(PostgresSession.numberingPlaceholders("SELECT 1") == "SELECT 1")
        #expect(PostgresSession.numberingPlaceholders("UPDATE t SET a = ?, b = '?é' WHERE c = ? AND d = 'x'")
                == "UPDATE t SET a = $1, b = '?é' WHERE c = $2 AND d = 'x'")
        let many = "VALUES (" + Array(repeating: "?", count: 12).joined(separator: ", ") + ")"
        #expect(PostgresSession.numberingPlaceholders(many).hasSuffix("$10, $11, $12)"))
    }

    @Test func theSchemaIsTranslatedToPostgreSQLTypesWithByteOrderKeys() {
        let statements = PostgresSession.translatedSchema("CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER, r REAL); CREATE INDEX i ON t (n);")
        #expect(statements == [#"CREATE TABLE t (k TEXT COLLATE "C" PRIMARY KEY, n BIGINT, r DOUBLE PRECISION)"#,
                               "CREATE INDEX i ON t (n)"])
    }
}
