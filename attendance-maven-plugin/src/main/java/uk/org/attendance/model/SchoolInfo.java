package uk.org.attendance.model;

import java.util.List;

/**
 * Who the school is.
 *
 * @param id stable identifier, used for output folders (lower case, digits and hyphens)
 * @param name full name
 * @param shortName name used in running text
 * @param type how the school is run
 * @param phase the age range taught
 * @param urn the DfE unique reference number, if known
 * @param localAuthority the school's LA
 * @param website the school's website
 * @param address postal address, one line per entry
 * @param phone main phone number
 * @param email main office email
 * @param logo path to a logo image, relative to the school file
 */
public record SchoolInfo(
    String id,
    String name,
    String shortName,
    SchoolType type,
    Phase phase,
    String urn,
    LocalAuthority localAuthority,
    String website,
    List<String> address,
    String phone,
    String email,
    String logo) {

  public SchoolInfo {
    address = Lists.of(address);
  }
}
