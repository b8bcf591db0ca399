/** Version of the extraction rules and lexicons; goes into every graph document's generator. */
export const EXTRACTOR_VERSION = '0.1.0';
export const GENERATOR_NAME = '@newsgraph/extractor';
