package io.pathfinder.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged application. */
@QuarkusIntegrationTest
class CatalogReadIT extends CatalogReadTest {
}
