package org.thrive.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** JSON paths and locations for error messages, without any value from the document. */
final class JsonPaths {
  private JsonPaths() {}

  /** The JSON path of a mapping error, for example {@code $.participants[0]}. */
  static String of(JsonMappingException e) {
    StringBuilder b = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** {@code line L, column C} of a syntax error. */
  static String location(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
