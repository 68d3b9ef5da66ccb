import ArmletCatalog
import Testing

@Suite struct APIVersionTests {
    @Test func parsing() throws {
        let preview = try #require(APIVersion("2016-04-30-preview"))
        #expect((preview.year, preview.month, preview.day, preview.suffix) == (2016, 4, 30, "preview"))
        #expect(preview.isPreview)
        #expect(APIVersion("2022-03-02")?.isPreview == false)
        #expect(APIVersion("latest") == nil)
        #expect(APIVersion("2022-13-01") == nil)
        #expect(APIVersion("2022-03-02-") == nil)
    }

    @Test func ordering() throws {
        let a = try #require(APIVersion("2016-04-30-preview"))
        let b = try #require(APIVersion("2016-04-30"))
        let c = try #require(APIVersion("2017-03-30"))
        #expect(a < b && b < c)
        #expect(APIVersion("2016-04-30-PREVIEW") == a)
        #expect(try #require(APIVersion("1970-01-02")).dayNumber == 1)
        #expect(try #require(APIVersion("2022-03-02")).dayNumber - (try #require(APIVersion("2022-02-28")).dayNumber) == 2)
    }
}
