package dev.kairos.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bearer JWTs as the alternative to API keys: signature, issuer, audience and expiry checked, roles from a claim. */
@SpringBootTest(classes = JwtApiSecurityTest.RulesApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "server.address=127.0.0.1", "kairos.security.audit.enabled=false",
                "spring.security.oauth2.resourceserver.jwt.audiences=kairos",
                "spring.security.oauth2.resourceserver.jwt.authorities-claim-name=roles",
                "spring.security.oauth2.resourceserver.jwt.authority-prefix=",
                "kairos.security.api-keys[0].name=ops",
                "kairos.security.api-keys[0].hash={sha256}"
                        + "95c486ec82723531b7021451cf5b0706976446b8d1fe4cacbe2a945d67e56c3f",
                "kairos.security.api-keys[0].roles=rules:write" })
class JwtApiSecurityTest {

    static final KeyPair keys = rsa();

    static final KeyPair otherKeys = rsa();

    static final HttpClient http = HttpClient.newHttpClient();

    /** The token issuer: OpenID discovery and its signing key, on a real local server. */
    static final HttpServer issuer = issuer();

    static final String ISSUER = "http://127.0.0.1:" + issuer.getAddress().getPort();

    @DynamicPropertySource
    static void issuerUri(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
    }

    @AfterAll
    static void stopIssuer() {
        issuer.stop(0);
    }

    @LocalServerPort
    int port;

    @Test
    void acceptsATokenOfTheIssuerForTheAudienceWithTheRole() throws Exception {
        HttpResponse<String> response = put(token(keys, ISSUER, "kairos", List.of("rules:write"), 5));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("changed by crm-sync");
    }

    @Test
    void refusesATokenWithoutTheRoleWithA403Problem() throws Exception {
        HttpResponse<String> response = put(token(keys, ISSUER, "kairos", List.of("leads:read"), 5));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void refusesTokensOfAnotherIssuerAudienceOrKeyAndExpiredOnesWithA401Problem() throws Exception {
        List<String> refused = List.of(token(keys, "https://elsewhere.example", "kairos", List.of("rules:write"), 5),
                token(keys, ISSUER, "another-api", List.of("rules:write"), 5),
                token(otherKeys, ISSUER, "kairos", List.of("rules:write"), 5),
                token(keys, ISSUER, "kairos", List.of("rules:write"), -5));

        for (String token : refused) {
            HttpResponse<String> response = put(token);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void stillAcceptsApiKeysBesideTokens() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(rules())
            .PUT(HttpRequest.BodyPublishers.noBody())
            .header(ApiSecurity.API_KEY_HEADER, "ops-key-5b1d9e70")
            .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("changed by ops");
    }

    @Test
    void leavesTheApiDocumentationOpen() throws Exception {
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(docs.statusCode()).as("no springdoc here: not found, but not refused").isEqualTo(404);
    }

    private HttpResponse<String> put(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(rules())
            .PUT(HttpRequest.BodyPublishers.noBody())
            .header("Authorization", "Bearer " + token)
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI rules() {
        return URI.create("http://127.0.0.1:" + port + "/api/rules/r-1");
    }

    private static String token(KeyPair signing, String issuer, String audience, List<String> roles,
            int minutesValid) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("crm-sync")
            .issuer(issuer)
            .audience(audience)
            .claim("roles", roles)
            .issueTime(Date.from(now.minus(10, ChronoUnit.MINUTES)))
            .expirationTime(Date.from(now.plus(minutesValid, ChronoUnit.MINUTES)))
            .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) signing.getPrivate()));
        return jwt.serialize();
    }

    private static HttpServer issuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String self = "http://127.0.0.1:" + server.getAddress().getPort();
            respond(server, "/.well-known/openid-configuration", """
                    {"issuer": "%s", "jwks_uri": "%s/jwks", "subject_types_supported": ["public"],
                     "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(self, self));
            respond(server, "/jwks",
                    new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID("k1").build()).toString());
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void respond(HttpServer server, String path, String json) {
        server.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A service with one rule-writing endpoint. */
    @SpringBootApplication(proxyBeanMethods = false, exclude = KafkaAutoConfiguration.class)
    static class RulesApp {

        @Bean
        ApiAccessRules rulesAccess() {
            return requests -> requests.requestMatchers(HttpMethod.GET, "/api/**")
                .authenticated()
                .requestMatchers("/api/rules/**")
                .hasAuthority("rules:write");
        }

        @RestController
        static class Rules {

            @PutMapping("/api/rules/{id}")
            ResponseEntity<String> replace(@PathVariable String id, Authentication caller) {
                return ResponseEntity.ok("changed by " + caller.getName());
            }

            @GetMapping("/api/rules")
            List<String> rules() {
                return List.of();
            }
        }
    }
}
