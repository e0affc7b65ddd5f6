package io.pathfinder.assessment.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.pathfinder.assessment.catalogcopy.CatalogueJsonReader;
import io.pathfinder.assessment.scoring.Catalogue;
import io.pathfinder.contracts.model.CatalogChanged;
import io.pathfinder.contracts.model.CatalogSnapshot;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The shipped default catalogue (the catalog-data module's resource) for the tests: as the scoring engine reads
 * it, and put on the catalog-changed topic as the catalogue service does on its first start. Skills go last, so
 * once every skill is visible the whole catalogue has been applied.
 */
public final class DefaultCatalog {

    private static final String RESOURCE = "catalog/default-catalog.json";
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static boolean published;

    private DefaultCatalog() {
    }

    public static CatalogSnapshot snapshot() {
        return snapshot(RESOURCE);
    }

    /** The default catalogue as the scoring engine reads it. */
    public static Catalogue catalogue() {
        try (InputStream json = open()) {
            return CatalogueJsonReader.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For benchmarks and simulations: the catalogue file {@code -Dpathfinder.catalogue} names, else the default. */
    public static Catalogue catalogueUnlessOverridden() throws IOException {
        String file = System.getProperty("pathfinder.catalogue");
        return file == null ? catalogue() : CatalogueJsonReader.read(Path.of(file));
    }

    private static InputStream open() {
        return open(RESOURCE);
    }

    /** A catalogue file of the catalog-data module, e.g. catalog/onet-29.2-sample.json, as the catalogue service reads it. */
    public static CatalogSnapshot snapshot(String resource) {
        try (InputStream json = open(resource)) {
            return JSON.readValue(json, CatalogSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        return Objects.requireNonNull(DefaultCatalog.class.getClassLoader().getResourceAsStream(resource), resource);
    }

    public static synchronized CatalogSnapshot publishOnce() {
        CatalogSnapshot snapshot = snapshot();
        if (published) {
            return snapshot;
        }
        publish(snapshot, null);
        published = true;
        return snapshot;
    }

    /**
     * Puts every entry of the catalogue on the catalog-changed topic, skills last: as the catalogue service keys
     * and names the given catalogue's records, or, for none, as it did before catalogues had ids.
     */
    public static void publish(CatalogSnapshot snapshot, String catalog) {
        List<CatalogChanged> changes = new ArrayList<>();
        snapshot.getOptions().forEach(o -> changes.add(change(snapshot, CatalogChanged.EntityTypeEnum.OPTION, o.getSlug()).option(o)));
        snapshot.getPaths().forEach(p -> changes.add(change(snapshot, CatalogChanged.EntityTypeEnum.PATH, p.getSlug()).path(p)));
        snapshot.getRoles().forEach(r -> changes.add(change(snapshot, CatalogChanged.EntityTypeEnum.ROLE, r.getSlug()).role(r)));
        snapshot.getSkills().forEach(s -> changes.add(change(snapshot, CatalogChanged.EntityTypeEnum.SKILL, s.getSlug()).skill(s)));
        String keyPrefix = catalog == null ? "" : catalog + ":";
        KafkaTopics.produce(KafkaTopics.CATALOG, changes.stream()
                .map(c -> new ProducerRecord<>(KafkaTopics.CATALOG, keyPrefix + c.getEntityType() + ":" + c.getKey(),
                        write(c.catalog(catalog))))
                .toList());
    }

    /** Publishes the catalogue (once) and waits until the service's copy holds all of it. */
    public static CatalogSnapshot publishAndAwaitCopy() throws InterruptedException {
        CatalogSnapshot catalog = publishOnce();
        long deadline = System.currentTimeMillis() + 30_000;
        Response questionnaire = null;
        while (System.currentTimeMillis() < deadline) {
            questionnaire = RestAssured.get("/questionnaire");
            if (questionnaire.statusCode() == 200
                    && questionnaire.jsonPath().getList("sections.find { it.id == 'skills' }.questions").size()
                    == catalog.getSkills().size()) {
                return catalog;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The catalogue copy did not load: " + questionnaire.statusCode() + " "
                + questionnaire.body().asString());
    }

    /**
     * Waits until the service's copy of a tenant's catalogue holds all of it: the questionnaire the tenant is
     * given lists every skill.
     */
    public static void awaitCopy(String tenant, CatalogSnapshot catalog) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        Response questionnaire = null;
        while (System.currentTimeMillis() < deadline) {
            questionnaire = RestAssured.given().auth().oauth2(Contract.token(tenant)).get("/questionnaire");
            if (questionnaire.statusCode() == 200
                    && questionnaire.jsonPath().getList("sections.find { it.id == 'skills' }.questions").size()
                    == catalog.getSkills().size()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The catalogue of tenant " + tenant + " did not load: " + questionnaire.statusCode() + " "
                + questionnaire.body().asString());
    }

    /** Puts one catalogue change on the catalog-changed topic, keyed as the catalogue service keys it. */
    public static void publish(CatalogChanged change) {
        KafkaTopics.produce(KafkaTopics.CATALOG, change.getEntityType() + ":" + change.getKey(), write(change));
    }

    /** Waits until the service's catalogue copy is at this version or later. */
    public static void awaitCatalogVersion(long version) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Integer current = RestAssured.get("/questionnaire").then().extract().path("catalogVersion");
            if (current != null && current >= version) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The catalogue copy never reached version " + version);
    }

    /** The catalogue copy's version now. */
    public static long copyVersion() {
        return RestAssured.get("/questionnaire").then().statusCode(200).extract().<Integer>path("catalogVersion");
    }

    /** How many entries the default catalogue has. */
    public static long entries(CatalogSnapshot snapshot) {
        return snapshot.getOptions().size() + snapshot.getSkills().size() + snapshot.getRoles().size()
                + snapshot.getPaths().size();
    }

    private static CatalogChanged change(CatalogSnapshot snapshot, CatalogChanged.EntityTypeEnum type, String key) {
        return new CatalogChanged().eventId(UUID.randomUUID()).catalogVersion(snapshot.getVersion()).entryCount(entries(snapshot))
                .changedAt(OffsetDateTime.now()).entityType(type).key(key).change(CatalogChanged.ChangeEnum.UPSERTED);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
