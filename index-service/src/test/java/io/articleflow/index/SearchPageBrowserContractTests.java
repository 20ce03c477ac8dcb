package io.articleflow.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.articleflow.common.event.ArticleStatus;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.test.KafkaIntegrationTest;
import io.articleflow.index.status.IngestStatusViewStub;
import io.articleflow.index.store.ArticleIndex;

import static io.articleflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page in a real headless Chromium against the running service, the same scenarios on every index backend
 * (search and highlight, facet, story expand, month filter, entity page, status, markup, invalid query): a subclass
 * points the service at its backend and names it for the screenshots. Articles go straight into the index; the Kafka
 * path is {@link IndexServiceIntegrationTests}' job, so the consumer stays stopped and cannot pull other tests'
 * events into this index. The index keeps what earlier tests of the class added, as it does on every backend alike.
 * <p>
 * Needs Chromium and its driver: Debian packages {@code chromium} and {@code chromium-driver}, or other locations
 * in the system properties {@code articleflow.test.chromium} and {@code articleflow.test.chromedriver}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.cloud.stream.bindings.indexArticle-in-0.consumer.auto-startup=false")
@KafkaIntegrationTest
@DirtiesContext
public abstract class SearchPageBrowserContractTests {

	private static final Path CHROMIUM = Path.of(System.getProperty("articleflow.test.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("articleflow.test.chromedriver", "/usr/bin/chromedriver"));

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@TempDir
	static Path browserProfile;

	private static ChromeDriverService driverService;

	private static WebDriver browser;

	/** ingest-service's status view, which the page's "Status" asks through index-service. */
	private static final IngestStatusViewStub ingestStatus = new IngestStatusViewStub();

	@DynamicPropertySource
	static void ingestStatusView(DynamicPropertyRegistry registry) {
		registry.add("index.status.ingest-url", () -> ingestStatus.url().toString());
	}

	/** The backend's name, which prefixes its screenshots: {@code lucene}, {@code opensearch}. */
	protected abstract String backend();

	@BeforeAll
	static void startBrowser() {
		for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
			assertThat(Files.isExecutable(executable))
				.withFailMessage("%s is missing: install Chromium and its driver (Debian: apt-get install chromium "
						+ "chromium-driver; CI installs them) or point -Darticleflow.test.chromium and "
						+ "-Darticleflow.test.chromedriver at them", executable)
				.isTrue();
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1024", "--user-data-dir=" + browserProfile);
		driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(driverService, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (driverService != null) {
			driverService.stop();
		}
		ingestStatus.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	ArticleIndex index;

	@BeforeEach
	void indexArticles() {
		this.index.upsertAll(TestArticles.sample());
		this.index.commit();
	}

	@Test
	void searchHighlightsMatchesFacetNarrowsTheListAndArticleOpensWithItsMentionsMarked() {
		open("/");

		search("defense");

		List<WebElement> hits = waitForHits(2);
		assertThat(hits).extracting(hit -> hit.getAttribute("data-id"))
			.containsExactlyInAnyOrder("a-diplomacy", "b-asean");
		assertThat(browser.findElements(By.cssSelector("#results .snippet mark")))
			.extracting(WebElement::getText)
			.isNotEmpty()
			.allSatisfy(text -> assertThat(text).isEqualToIgnoringCase("defense"));
		assertThat(browser.findElement(By.id("pager")).isDisplayed()).as("pager of a single page").isFalse();

		browser.findElement(By.cssSelector("#facets button.facet[data-entity-id='person:phan-van-giang']")).click();

		assertThat(waitForHits(1)).extracting(hit -> hit.getAttribute("data-id")).containsExactly("a-diplomacy");
		assertThat(browser.findElement(By.cssSelector("#filters .filter")).getText()).startsWith("Phan Van Giang");

		browser.findElement(By.cssSelector("#results li[data-id='a-diplomacy'] a.open")).click();

		wait(ExpectedConditions.visibilityOfElementLocated(By.id("detail-view")));
		assertThat(browser.findElement(By.id("detail-title")).getText())
			.isEqualTo("Enhancing defense diplomacy in the new context");
		assertThat(browser.findElements(By.cssSelector("#detail-text mark.mention")))
			.extracting(mark -> mark.getAttribute("data-entity-id") + "=" + mark.getText())
			.containsExactly("person:phan-van-giang=Phan Van Giang", "Q881=Viet Nam", "Q881=Viet Nam",
					"organization:asean=ASEAN");
		assertThat(browser.findElement(By.id("detail-text")).getText())
			.isEqualTo(TestArticles.defenseDiplomacy().build().text());
	}

	@Test
	void searchOpensFromTheUrlStoriesExpandFacetsAndMonthsNarrowItAndChipsLeadToEntityPages() {
		this.index.upsertAll(List.of(article("b-asean-vi").title("Bo truong ASEAN hop tai Phnom Penh")
			.published("2022-11-24")
			.cluster("c-b-asean")
			.text("ASEAN ministers met in Cambodia, translated.")
			.entity(EntityType.ORGANIZATION, "ASEAN", "ASEAN")
			.entity(EntityType.LOCATION, "Cambodia", "Cambodia")
			.indexable()));
		this.index.commit();

		open("/?q=ASEAN");

		assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("ASEAN");
		assertThat(waitForHits(2)).extracting(hit -> hit.getAttribute("data-cluster"))
			.containsExactlyInAnyOrder("c-a-diplomacy", "c-b-asean");
		assertThat(browser.findElement(By.id("summary")).getText()).isEqualTo("2 stories, 3 articles");
		WebElement diplomacy = browser.findElement(By.cssSelector("#results li[data-id='a-diplomacy']"));
		assertThat(diplomacy.findElement(By.cssSelector(".meta time")).getText()).isEqualTo("19 October 2022");
		assertThat(diplomacy.findElement(By.cssSelector(".meta .byline")).getText()).isEqualTo("By Nguyen Van A");
		assertThat(diplomacy.findElements(By.cssSelector(".chip-group")))
			.extracting(group -> group.getAttribute("data-type"))
			.containsExactly("PERSON", "ORGANIZATION", "LOCATION");

		WebElement story = browser.findElement(By.cssSelector("#results li.hit[data-cluster='c-b-asean']"));
		WebElement toggle = story.findElement(By.cssSelector("button.versions-toggle"));
		assertThat(toggle.getText()).isEqualTo("2 versions");
		assertThat(story.findElement(By.cssSelector(".versions")).isDisplayed()).isFalse();
		toggle.click();
		WebElement version = wait(ExpectedConditions.visibilityOf(story.findElement(By.cssSelector(".versions li.version"))));
		assertThat(List.of(story.getAttribute("data-id"), version.getAttribute("data-id")))
			.containsExactlyInAnyOrder("b-asean", "b-asean-vi");
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		screenshot("search-from-url-story-expanded");

		browser.findElement(By.cssSelector("#facets button.facet[data-entity-id='location:cambodia']")).click();

		assertThat(waitForHits(1)).extracting(hit -> hit.getAttribute("data-cluster")).containsExactly("c-b-asean");
		assertThat(browser.getCurrentUrl()).endsWith("/?q=ASEAN&entity=location%3Acambodia");

		browser.navigate().back();

		waitForHits(2);
		assertThat(browser.getCurrentUrl()).endsWith("/?q=ASEAN");
		assertThat(browser.findElements(By.cssSelector("#filters .filter"))).isEmpty();

		browser.findElement(By.cssSelector("#dates button.date-bucket[data-month='2022-10']")).click();

		assertThat(waitForHits(1)).extracting(hit -> hit.getAttribute("data-id")).containsExactly("a-diplomacy");
		assertThat(browser.getCurrentUrl()).endsWith("/?q=ASEAN&from=2022-10-01&to=2022-10-31");
		assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo("2022-10-01");
		assertThat(browser.findElement(By.cssSelector("#filters .date-filter")).getText())
			.startsWith("1 October 2022 – 31 October 2022");
		screenshot("search-month-filter");

		browser.findElement(By.cssSelector("#results li[data-id='a-diplomacy'] a.chip[data-entity-id='Q881']")).click();

		wait(ExpectedConditions.visibilityOfElementLocated(By.id("entity-view")));
		assertEntityPageOfVietnam();
		screenshot("entity-page");

		browser.navigate().refresh();

		wait(ExpectedConditions.visibilityOfElementLocated(By.id("entity-view")));
		assertEntityPageOfVietnam();
		browser.navigate().back();
		assertThat(waitForHits(1)).extracting(hit -> hit.getAttribute("data-id")).containsExactly("a-diplomacy");
	}

	private void assertEntityPageOfVietnam() {
		wait(ExpectedConditions.textToBe(By.id("entity-name"), "Vietnam"));
		assertThat(browser.getCurrentUrl()).endsWith("/entities/Q881");
		assertThat(browser.findElement(By.id("entity-type")).getText()).isEqualTo("Location · mentioned in 2 articles");
		assertThat(browser.findElement(By.id("entity-meta")).getText()).contains("Also written as").contains("Viet Nam");
		assertThat(browser.findElements(By.cssSelector("#entity-timeline li")))
			.extracting(entry -> entry.getAttribute("data-id") + " " + entry.findElement(By.tagName("time")).getText())
			.containsExactly("a-diplomacy 19 October 2022", "c-rice 1 March 2023");
		assertThat(browser.findElements(By.cssSelector("#entity-cooccurring a.chip")))
			.extracting(chip -> chip.getAttribute("data-entity-id"))
			.contains("organization:asean", "person:phan-van-giang")
			.doesNotContain("Q881");
	}

	@Test
	void statusOfAResultShowsWhereTheDocumentIsAndWhyItFailed() {
		ingestStatus.put(new ArticleStatus("a-diplomacy", "diplomacy.txt", ArticleStatus.State.INDEXED, "index-service",
				null, null, "1.5.0+kb.2026.12.2", Instant.parse("2026-12-03T16:28:25Z"),
				Instant.parse("2026-12-03T16:28:27Z"), Instant.parse("2026-12-03T16:28:29Z"),
				Instant.parse("2026-12-03T16:28:29Z")), List.of("diplomacy.txt"));
		ingestStatus.put(new ArticleStatus("b-asean", "asean.html", ArticleStatus.State.FAILED, "index-service",
				"MismatchedInputException", "Cannot map `null` into type `long`", "1.6.0+kb.2026.12.3",
				Instant.parse("2026-12-03T17:00:00Z"), Instant.parse("2026-12-03T17:00:02Z"), null,
				Instant.parse("2026-12-03T17:00:04Z")), List.of("asean.html"));
		open("/?q=defense");
		waitForHits(2);
		WebElement diplomacy = browser.findElement(By.cssSelector("#results li[data-id='a-diplomacy']"));
		WebElement toggle = diplomacy.findElement(By.cssSelector("button.status-toggle"));
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");

		toggle.click();

		WebElement indexed = wait(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#results li[data-id='a-diplomacy'] .status-panel dl.status-list[data-state='INDEXED']")));
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(statusRows(indexed)).containsExactly("State=INDEXED", "Stage=index-service",
				"Since=3 December 2026, 16:28:29 UTC", "Ingested=3 December 2026, 16:28:25 UTC",
				"Extracted=3 December 2026, 16:28:27 UTC", "Indexed=3 December 2026, 16:28:29 UTC",
				"Extractor=1.5.0+kb.2026.12.2", "Files=diplomacy.txt");

		WebElement asean = browser.findElement(By.cssSelector("#results li[data-id='b-asean']"));
		asean.findElement(By.cssSelector("button.status-toggle")).click();

		WebElement failed = wait(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#results li[data-id='b-asean'] .status-panel dl.status-list[data-state='FAILED']")));
		assertThat(statusRows(failed)).contains("State=FAILED", "Stage=index-service",
				"Reason=MismatchedInputException: Cannot map `null` into type `long`", "Extractor=1.6.0+kb.2026.12.3")
			.noneMatch(row -> row.startsWith("Indexed="));
		screenshot("search-result-status");

		toggle.click();

		assertThat(diplomacy.findElement(By.cssSelector(".status-panel")).isDisplayed()).isFalse();
	}

	@Test
	void statusOfAResultTheViewDoesNotKnowSaysSo() {
		open("/?q=rice");
		WebElement hit = waitForHits(1).get(0);

		hit.findElement(By.cssSelector("button.status-toggle")).click();

		WebElement error = wait(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li.hit .status-panel .status-error")));
		assertThat(error.getText()).startsWith("not-found: No status for " + hit.getAttribute("data-id"));
	}

	private static List<String> statusRows(WebElement list) {
		List<WebElement> terms = list.findElements(By.tagName("dt"));
		List<WebElement> values = list.findElements(By.tagName("dd"));
		return java.util.stream.IntStream.range(0, terms.size())
			.mapToObj(i -> terms.get(i).getText() + "=" + values.get(i).getText())
			.toList();
	}

	@Test
	void markupInArticlesIsShownAsTextNeverRun() {
		this.index.upsertAll(List.of(article("markup")
			.title("<img src=x onerror=\"document.title='pwned'\"> title")
			.text("The <script>document.title='pwned'</script> tag talks about zanzibar <b>markup</b>.")
			.entity(EntityType.LOCATION, "<i>Zanzibar</i>", "zanzibar")
			.indexable()));
		this.index.commit();
		open("/");

		search("zanzibar");

		waitForHits(1);
		WebElement results = browser.findElement(By.id("results"));
		assertThat(results.findElements(By.cssSelector("img, script, b, i"))).isEmpty();
		assertThat(results.findElement(By.cssSelector(".hit h2")).getText()).startsWith("<img src=x");
		assertThat(results.findElement(By.cssSelector(".snippet")).getText())
			.contains("<script>document.title='pwned'</script>");
		assertThat(results.findElement(By.cssSelector(".snippet mark")).getText()).isEqualTo("zanzibar");
		assertThat(browser.findElement(By.cssSelector("#facets button.facet[data-type='LOCATION'] .name")).getText())
			.isEqualTo("<i>Zanzibar</i>");
		assertThat(browser.getTitle()).isEqualTo("ArticleFlow search");
	}

	@Test
	void invalidQueryShowsTheServersExplanation() {
		open("/");

		search("defense AND (");

		WebElement error = wait(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
		assertThat(error.getText()).startsWith("Invalid query: Cannot parse 'defense AND ('");
		assertThat(browser.findElements(By.cssSelector("#results li"))).isEmpty();
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
		// The first, unfiltered search lists everything: the page is wired once it has rendered.
		wait(ExpectedConditions.textMatches(By.id("summary"), java.util.regex.Pattern.compile("\\d+ articles?")));
	}

	/** Saves what the browser shows as a test artefact: {@code target/browser-screenshots/<backend>-<name>.png}. */
	private void screenshot(String name) {
		try {
			Path file = Path.of("target", "browser-screenshots", backend() + "-" + name + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("could not save the screenshot " + name, ex);
		}
	}

	private static void search(String text) {
		WebElement box = browser.findElement(By.id("q"));
		box.clear();
		box.sendKeys(text, Keys.ENTER);
	}

	private static List<WebElement> waitForHits(int count) {
		return wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li.hit"), count));
	}

	private static <T> T wait(java.util.function.Function<WebDriver, T> condition) {
		return new WebDriverWait(browser, TIMEOUT).until(condition::apply);
	}

}
