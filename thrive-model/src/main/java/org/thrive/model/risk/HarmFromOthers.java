package org.thrive.model.risk;

/** Kinds of risk of harm from others (safeguarding concerns). */
public enum HarmFromOthers {
  ABUSE_OR_NEGLECT,
  EXPLOITATION,
  DOMESTIC_ABUSE,
  BULLYING_OR_ONLINE_HARM,
  OTHER_SAFEGUARDING_CONCERN
}
