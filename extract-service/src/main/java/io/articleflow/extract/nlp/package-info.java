/**
 * Access to the OpenNLP models shipped as Maven artifacts.
 */
package io.articleflow.extract.nlp;
