/**
 * The REST API, one package per resource: {@code *Resource}, its {@code *Request}/{@code *Response}
 * records and a static {@code *Mapper} where entities need translating.
 */
package org.passerelle.web.api;
