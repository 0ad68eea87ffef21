/** Who may call the REST APIs: hashed API keys in {@code X-API-Key} or OAuth2 JWTs, and RFC 7807 refusals. */
@NullMarked
package dev.kairos.service.security;

import org.jspecify.annotations.NullMarked;
