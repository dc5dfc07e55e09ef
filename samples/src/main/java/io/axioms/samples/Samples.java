package io.axioms.samples;

/**
 * The implementation behind {@link RoleApi} and {@link PermissionApi}, which share their answers:
 * what differs between the two is only the policy their guards enforce.
 */
final class Samples {

  static final String CREATED = "Sample created.";
  static final String UPDATED = "Sample updated.";
  static final String READ = "Sample read.";
  static final String DELETED = "Sample deleted.";

  private Samples() {}

  /** Returns the implementation of {@link RoleApi}. */
  static RoleApi roles() {
    return new RoleApi() {
      @Override
      public String read(String authorization) {
        return READ;
      }

      @Override
      public String create(String authorization) {
        return CREATED;
      }

      @Override
      public String update(String authorization) {
        return UPDATED;
      }

      @Override
      public String delete(String authorization) {
        return DELETED;
      }
    };
  }

  /** Returns the implementation of {@link PermissionApi}. */
  static PermissionApi permissions() {
    return new PermissionApi() {
      @Override
      public String create(String authorization) {
        return CREATED;
      }

      @Override
      public String update(String authorization) {
        return UPDATED;
      }

      @Override
      public String read(String authorization) {
        return READ;
      }

      @Override
      public String delete(String authorization) {
        return DELETED;
      }
    };
  }
}
