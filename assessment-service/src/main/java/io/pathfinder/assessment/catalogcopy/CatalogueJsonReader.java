package io.pathfinder.assessment.catalogcopy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.assessment.scoring.Activity;
import io.pathfinder.assessment.scoring.Catalogue;
import io.pathfinder.assessment.scoring.InfluenceType;
import io.pathfinder.assessment.scoring.PainPoint;
import io.pathfinder.assessment.scoring.Risk;
import io.pathfinder.assessment.scoring.RoleFamily;
import io.pathfinder.assessment.scoring.SkillCategory;
import io.pathfinder.assessment.scoring.Specialisation;
import io.pathfinder.assessment.scoring.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the catalogue JSON (the default catalogue file and the catalogue export share one shape) into the scoring
 * engine's {@link Catalogue}. Optional lists may be absent or null; a missing required field or an unknown slug
 * fails with an IllegalArgumentException naming where in the document it is, e.g. {@code roles/3/family}.
 */
public final class CatalogueJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CatalogueJsonReader() {
    }

    public static Catalogue read(Path file) throws IOException {
        try (InputStream json = Files.newInputStream(file)) {
            return read(json);
        }
    }

    public static Catalogue read(InputStream json) throws IOException {
        return read(MAPPER.readTree(json));
    }

    public static Catalogue read(JsonNode catalogue) {
        return new Catalogue(required(catalogue, "version", "").asLong(),
                each(catalogue, "options", CatalogueJsonReader::option),
                each(catalogue, "skills", CatalogueJsonReader::skill),
                each(catalogue, "roles", CatalogueJsonReader::role),
                each(catalogue, "paths", CatalogueJsonReader::path));
    }

    private static Catalogue.Option option(Located option) {
        return new Catalogue.Option(option.text("slug"), option.text("title"), option.optionalText("summary"),
                option.texts("tradeOffs"), option.texts("firstSteps"), option.painPoints("relievesPainPoints"));
    }

    private static Catalogue.Skill skill(Located skill) {
        return new Catalogue.Skill(skill.text("slug"), skill.text("name"),
                skill.slug("category", SkillCategory.class), skill.optionalText("description"),
                skill.required("learningMonthsPerLevel").asDouble());
    }

    private static Catalogue.Role role(Located role) {
        Map<Activity, Integer> profile = new EnumMap<>(Activity.class);
        Located activities = role.child("activityProfile");
        for (Map.Entry<String, JsonNode> entry : activities.node.properties()) {
            profile.put(activities.slug(entry.getKey(), entry.getKey(), Activity.class), entry.getValue().asInt());
        }
        Located traits = role.child("characteristics");
        Catalogue.Characteristics characteristics = new Catalogue.Characteristics(
                traits.integer("autonomy"), traits.integer("stability"), traits.integer("pace"),
                traits.integer("closenessToBusiness"), traits.integer("successConcreteness"),
                traits.slug("influenceType", InfluenceType.class), traits.required("managesPeople").asBoolean(),
                traits.integer("returnToDataScience"));
        String specialisation = role.optionalText("specialisation");
        return new Catalogue.Role(role.text("slug"), role.text("title"), role.slug("family", RoleFamily.class),
                role.optionalText("summary"),
                specialisation == null ? null : role.slug("specialisation", Specialisation.class),
                profile, characteristics, role.painPoints("relievesPainPoints"),
                each(role.node, "requirements", requirement -> new Catalogue.Requirement(requirement.text("skill"),
                        requirement.integer("importance"), requirement.integer("level"))),
                role.node.hasNonNull("pay") ? pay(role.child("pay")) : null);
    }

    private static Catalogue.Pay pay(Located pay) {
        return new Catalogue.Pay(pay.integer("level"), pay.integer("medianAnnualWageUsd"), pay.text("source"),
                pay.integer("year"));
    }

    private static Catalogue.Path path(Located path) {
        return new Catalogue.Path(path.text("slug"), path.text("from"), path.text("to"), path.text("option"),
                path.integer("effortMonths"), path.slug("risk", Risk.class),
                path.required("requiresNewCompany").asBoolean(), path.texts("prerequisites"),
                path.texts("carryOverSkills"), path.optionalText("rationale"));
    }

    private static <T> List<T> each(JsonNode parent, String field, Function<Located, T> reader) {
        List<T> entries = new ArrayList<>();
        JsonNode array = parent.path(field);
        for (int i = 0; i < array.size(); i++) {
            entries.add(reader.apply(new Located(array.get(i), field + "/" + i)));
        }
        return entries;
    }

    private static JsonNode required(JsonNode node, String field, String location) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(location + field + ": missing");
        }
        return value;
    }

    /** A JSON object and where it sits in the catalogue document, so that errors can say where. */
    private record Located(JsonNode node, String location) {

        JsonNode required(String field) {
            return CatalogueJsonReader.required(node, field, location + "/");
        }

        Located child(String field) {
            return new Located(required(field), location + "/" + field);
        }

        String text(String field) {
            return required(field).asText();
        }

        int integer(String field) {
            return required(field).asInt();
        }

        String optionalText(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        List<String> texts(String field) {
            List<String> texts = new ArrayList<>();
            node.path(field).forEach(value -> texts.add(value.asText()));
            return texts;
        }

        <E extends Enum<E> & Vocabulary> E slug(String field, Class<E> vocabulary) {
            return slug(field, text(field), vocabulary);
        }

        <E extends Enum<E> & Vocabulary> E slug(String field, String slug, Class<E> vocabulary) {
            try {
                return Vocabulary.parse(vocabulary, slug);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(location + "/" + field + ": " + e.getMessage(), e);
            }
        }

        Set<PainPoint> painPoints(String field) {
            Set<PainPoint> painPoints = EnumSet.noneOf(PainPoint.class);
            for (String slug : texts(field)) {
                painPoints.add(slug(field, slug, PainPoint.class));
            }
            return painPoints;
        }
    }
}
