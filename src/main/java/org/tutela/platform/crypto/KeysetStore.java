package org.tutela.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The two Tink keysets: AES-256-GCM keys for fields and an HMAC-SHA256 PRF key for keyed
 * hashes. From the configuration when given ({@code tutela.crypto.field-keyset},
 * {@code tutela.crypto.index-keyset}, Tink JSON); otherwise from files in the data
 * directory's {@code keys} folder, created on the first start (embedded mode only:
 * production refuses to start without configured keysets, see {@link CryptoSettings}).
 */
@Component
class KeysetStore {

	private static final String FIELD_FILE = "field-keyset.json";

	private static final String INDEX_FILE = "index-keyset.json";

	private final @Nullable Path fieldFile;

	private final PrfSet index;

	private volatile Current field;

	KeysetStore(@Value("${tutela.crypto.field-keyset:}") String fieldKeyset,
			@Value("${tutela.crypto.index-keyset:}") String indexKeyset, @Value("${tutela.data-dir}") Path dataDir)
			throws GeneralSecurityException {
		AeadConfig.register();
		PrfConfig.register();
		Path keys = dataDir.resolve("keys");
		this.fieldFile = fieldKeyset.isBlank() ? keys.resolve(FIELD_FILE) : null;
		KeysetHandle fields = fieldKeyset.isBlank()
				? loadOrCreate(keys.resolve(FIELD_FILE), PredefinedAeadParameters.AES256_GCM) : parse(fieldKeyset);
		KeysetHandle hashes = indexKeyset.isBlank()
				? loadOrCreate(keys.resolve(INDEX_FILE), PredefinedPrfParameters.HMAC_SHA256_PRF) : parse(indexKeyset);
		this.field = Current.of(fields);
		this.index = hashes.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
	}

	Aead aead() {
		return this.field.aead();
	}

	int primaryFieldKeyId() {
		return this.field.primaryKeyId();
	}

	PrfSet index() {
		return this.index;
	}

	/**
	 * Adds a new AES-256-GCM key as primary, keeping the old ones for decryption, and
	 * stores the keyset.
	 */
	synchronized void rotateFieldKeys() throws GeneralSecurityException {
		if (this.fieldFile == null) {
			throw new IllegalStateException(
					"The field keyset comes from the configuration (tutela.crypto.field-keyset): "
							+ "add a new primary key there, keep the old ones, and restart");
		}
		KeysetHandle rotated = KeysetHandle.newBuilder(this.field.handle())
			.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
				.withRandomId()
				.makePrimary())
			.build();
		write(this.fieldFile, rotated);
		this.field = Current.of(rotated);
	}

	/**
	 * Reads the keyset file again when another process sharing the data directory has
	 * rotated the keys since this one read it; whether it found new keys. A keyset from
	 * the configuration changes only with a restart.
	 */
	synchronized boolean reloadFieldKeys() throws GeneralSecurityException {
		if (this.fieldFile == null || !Files.exists(this.fieldFile)) {
			return false;
		}
		KeysetHandle stored = loadOrCreate(this.fieldFile, PredefinedAeadParameters.AES256_GCM);
		if (stored.size() == this.field.handle().size()) {
			return false;
		}
		this.field = Current.of(stored);
		return true;
	}

	private static KeysetHandle parse(String json) throws GeneralSecurityException {
		return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
	}

	private static KeysetHandle loadOrCreate(Path file, Parameters parameters) throws GeneralSecurityException {
		try {
			if (Files.exists(file)) {
				return parse(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the keyset " + file, ex);
		}
		KeysetHandle created = KeysetHandle.newBuilder()
			.addEntry(KeysetHandle.generateEntryFromParameters(parameters).withRandomId().makePrimary())
			.build();
		write(file, created);
		return created;
	}

	/**
	 * Writes through a temporary file, readable by the owner only, so a crash never
	 * leaves half a keyset.
	 */
	private static void write(Path file, KeysetHandle keyset) throws GeneralSecurityException {
		try {
			Files.createDirectories(file.getParent());
			Path temporary = file.resolveSibling(file.getFileName() + ".new");
			Files.writeString(temporary,
					TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()),
					StandardCharsets.UTF_8);
			if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
				Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the keyset " + file, ex);
		}
	}

	/** A keyset with its primitive and primary key id, swapped as one on rotation. */
	private record Current(KeysetHandle handle, Aead aead, int primaryKeyId) {

		static Current of(KeysetHandle handle) throws GeneralSecurityException {
			return new Current(handle, handle.getPrimitive(RegistryConfiguration.get(), Aead.class),
					handle.getPrimary().getId());
		}

	}

}
