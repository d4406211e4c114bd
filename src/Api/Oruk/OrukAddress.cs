using System.Text.Json.Serialization;

namespace RightHelp.Api.Oruk;

public sealed record OrukAddress(
    Guid Id,
    Guid LocationId,
    [property: JsonPropertyName("address_1")] string Address1,
    string City,
    string StateProvince,
    string PostalCode,
    string Country,
    string AddressType);
