"""Engine tests run on numpy and on array-api-strict (proof that nothing numpy-only slipped in);
CuPy runs only where a CUDA device exists."""
import pytest

BACKENDS = ["numpy", "array_api_strict", "cupy"]


def _cupy_ok():
    try:
        import cupy
        return cupy.cuda.runtime.getDeviceCount() > 0
    except Exception:
        return False


@pytest.fixture(params=BACKENDS)
def backend(request):
    if request.param == "cupy" and not _cupy_ok():
        pytest.skip("CuPy or a CUDA device is not available")
    return request.param
