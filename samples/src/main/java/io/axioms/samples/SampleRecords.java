package io.axioms.samples;

/**
 * The implementation behind both {@link RoleApi} and {@link PermissionApi}: their methods have the
 * same signatures and the same answers, and differ only in the policy each interface declares, so
 * one class serves both and each guard enforces its own interface's policy.
 */
final class SampleRecords implements RoleApi, PermissionApi {

  @Override
  public String read(String authorization) {
    return "Sample read.";
  }

  @Override
  public String create(String authorization) {
    return "Sample created.";
  }

  @Override
  public String update(String authorization) {
    return "Sample updated.";
  }

  @Override
  public String delete(String authorization) {
    return "Sample deleted.";
  }
}
