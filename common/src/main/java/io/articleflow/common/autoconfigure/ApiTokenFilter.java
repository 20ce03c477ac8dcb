package io.articleflow.common.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request that is not a read ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) through only with
 * {@code Authorization: Bearer <token>}; answers 401 with a JSON {@code {"error", "detail"}} body and
 * {@code WWW-Authenticate: Bearer} otherwise, before the request's body is read. Without a token it lets every
 * request through, except to the admin endpoints under {@value #ADMIN_PREFIX}: those need the token for every method,
 * and are answered 403 while no token is configured (closed by default).
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private static final String BEARER = "Bearer ";

	/** Admin endpoints (replay, reprocess) need the token for every method, and are closed while there is none. */
	static final String ADMIN_PREFIX = "/api/admin/";

	private final byte[] token;

	/** @param token the token requests must carry, or {@code null} for none */
	ApiTokenFilter(String token) {
		this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admin = request.getRequestURI().startsWith(ADMIN_PREFIX);
		if (admin && this.token == null) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream()
				.write(("{\"error\":\"forbidden\",\"detail\":\"admin endpoints are closed while the service has no "
						+ "API token: set articleflow.security.api-token (ARTICLEFLOW_SECURITY_APITOKEN)\"}")
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		if (this.token == null || (!admin && READS.contains(request.getMethod()))
				|| authorised(request.getHeader(HttpHeaders.AUTHORIZATION))) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"articleflow\"");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream()
			.write(("{\"error\":\"unauthorized\",\"detail\":\"" + request.getMethod()
					+ " needs the header 'Authorization: Bearer <token>' with the token the service is configured "
					+ "with (articleflow.security.api-token)\"}")
				.getBytes(StandardCharsets.UTF_8));
	}

	private boolean authorised(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
		// constant time: how much of the token a guess got right does not show in the answer's timing
		return MessageDigest.isEqual(given, this.token);
	}

}
