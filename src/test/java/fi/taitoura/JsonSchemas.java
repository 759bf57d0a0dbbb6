package fi.taitoura;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates JSON against the official schemas kept under {@code src/test/resources/schema/} (each folder's README
 * names the source repository, path and commit) with networknt's json-schema-validator.
 */
public final class JsonSchemas {

    private JsonSchemas() {
    }

    /** The errors of {@code json} against the schema resource (empty when valid); the schema's $schema decides. */
    public static List<String> errors(String schemaResource, String json) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(schemaResource)) {
            assertThat(in).as(schemaResource).isNotNull();
            Schema schema = registry.getSchema(in);
            return schema.validate(JsonMapper.builder().build().readTree(json)).stream()
                    .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertValid(String schemaResource, String json) {
        List<String> errors = errors(schemaResource, json);
        assertThat(errors).as("valid against " + schemaResource + ":\n" + errors.stream()
                .collect(Collectors.joining("\n"))).isEmpty();
    }

}
