-- ASP.NET Core Identity schema version 3: the passkeys table, and the column lengths version 2
-- brought (phone number 256, external login and token keys 128). Taken from schema-script after
-- IdentityDataContext moved to IdentitySchemaVersions.Version3; IdentitySchemaTests compares.
ALTER TABLE "AspNetUsers" ALTER COLUMN "PhoneNumber" TYPE character varying(256);
ALTER TABLE "AspNetUserLogins" ALTER COLUMN "LoginProvider" TYPE character varying(128);
ALTER TABLE "AspNetUserLogins" ALTER COLUMN "ProviderKey" TYPE character varying(128);
ALTER TABLE "AspNetUserTokens" ALTER COLUMN "LoginProvider" TYPE character varying(128);
ALTER TABLE "AspNetUserTokens" ALTER COLUMN "Name" TYPE character varying(128);

CREATE TABLE "AspNetUserPasskeys" (
    "CredentialId" bytea NOT NULL,
    "UserId" uuid NOT NULL,
    "Data" jsonb NOT NULL,
    CONSTRAINT "PK_AspNetUserPasskeys" PRIMARY KEY ("CredentialId"),
    CONSTRAINT "FK_AspNetUserPasskeys_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetUserPasskeys_UserId" ON "AspNetUserPasskeys" ("UserId");
