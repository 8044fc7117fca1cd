import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { CurrentPrincipal, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import type { Principal } from './principal';

@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ keys: true })
  login(@Body() body: LoginDto) {
    return this.auth.login(body.email, body.password, body.organizationId);
  }

  @Get('me')
  @ApiBearerAuth()
  me(@CurrentPrincipal() principal: Principal) {
    return this.auth.describe(principal);
  }
}
