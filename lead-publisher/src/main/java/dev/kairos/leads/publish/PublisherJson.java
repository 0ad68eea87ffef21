package dev.kairos.leads.publish;

import dev.kairos.events.Json;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The JSON of the publisher's hot path (the values of each match that {@link MatchReader} binds, each revision
 * written): the Kairos mapping of {@link Json}, the same text, read and written with Jackson's Blackbird module, which
 * calls accessors and record constructors through generated lambdas where plain Jackson goes through reflection and
 * method handles on every value, and instants in the form Kairos writes them read without the general ISO-8601
 * parser ({@link IsoInstants}).
 */
final class PublisherJson {

    private static final JsonMapper MAPPER = Json.configure(JsonMapper.builder())
        .addModule(new BlackbirdModule())
        .addModule(IsoInstants.module())
        .build();

    private PublisherJson() {
    }

    static JsonMapper mapper() {
        return MAPPER;
    }
}
