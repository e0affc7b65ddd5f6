package io.pathfinder.catalog.entry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/** The JSON of catalogue entries as they are stored and as change events carry them. */
@ApplicationScoped
public class EntryDocuments {

    private final ObjectMapper mapper;

    public EntryDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as a JSON object to adjust before it is written. */
    public ObjectNode tree(Object value) {
        return mapper.valueToTree(value);
    }
}
