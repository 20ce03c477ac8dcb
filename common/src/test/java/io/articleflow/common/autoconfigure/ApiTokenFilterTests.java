package io.articleflow.common.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenFilterTests {

	private final ApiTokenFilter filter = new ApiTokenFilter("s3cret-token");

	@Test
	void refusesAnUploadWithoutTheTokenOrWithAnotherOneWith401() throws Exception {
		for (String authorization : new String[] { null, "Bearer wrong", "Bearer s3cret-tokenx", "Basic s3cret-token",
				"Bearer " }) {
			MockHttpServletResponse response = filter("POST", "/api/files", authorization);

			assertThat(response.getStatus()).as(authorization).isEqualTo(401);
			assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"articleflow\"");
			assertThat(response.getContentAsString()).startsWith("{\"error\":\"unauthorized\",\"detail\":\"POST needs");
		}
	}

	@Test
	void letsAnActionWithTheTokenThrough() throws Exception {
		assertThat(filter("POST", "/api/files", "Bearer s3cret-token").getStatus()).isEqualTo(200);
		assertThat(filter("DELETE", "/actuator/loggers", "bearer s3cret-token").getStatus()).isEqualTo(200);
	}

	@Test
	void letsReadsThroughWithoutAToken() throws Exception {
		for (String method : new String[] { "GET", "HEAD", "OPTIONS" }) {
			assertThat(filter(method, "/api/search", null).getStatus()).as(method).isEqualTo(200);
		}
	}

	@Test
	void letsEverythingThroughWhenNoTokenIsConfigured() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/files");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		new ApiTokenFilter(null).doFilter(request, response, chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

	private MockHttpServletResponse filter(String method, String path, String authorization) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		if (response.getStatus() == 200) {
			assertThat(chain.getRequest()).as("passed on").isSameAs(request);
		}
		else {
			assertThat(chain.getRequest()).as("not passed on").isNull();
		}
		return response;
	}

	@Test
	void closesTheAdminEndpointsWith403WhenNoTokenIsConfigured() throws Exception {
		ApiTokenFilter open = new ApiTokenFilter(null);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/admin/replay");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChainProbe chain = new MockFilterChainProbe();

		open.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentAsString()).contains("\"error\":\"forbidden\"", "articleflow.security.api-token");
		assertThat(chain.called).isFalse();
	}

	@Test
	void asksTheTokenOfEveryAdminRequestReadsToo() throws Exception {
		MockHttpServletResponse withoutToken = filter("GET", "/api/admin/replay", null);
		MockHttpServletResponse withToken = filter("GET", "/api/admin/replay", "Bearer s3cret-token");

		assertThat(withoutToken.getStatus()).isEqualTo(401);
		assertThat(withToken.getStatus()).isEqualTo(200);
	}

	/** Records whether the request was let through. */
	private static final class MockFilterChainProbe implements jakarta.servlet.FilterChain {

		boolean called;

		@Override
		public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
			this.called = true;
		}

	}

}
